package io.casevault.ui.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files a drop or a choice stands for: folders replaced by the files inside them. Reads the disk: not on FX. */
final class FolderContents {
    private FolderContents() {
    }

    /** Files in the order given; folders replaced by the files inside them (recursively, sorted by path). */
    static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !Files.isDirectory(f)).filter(f -> !isHidden(f)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path f) {
        String name = f.getFileName().toString();
        return name.startsWith(".") || name.equals("Thumbs.db") || name.equals("desktop.ini");
    }
}
