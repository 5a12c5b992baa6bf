package io.casevault.ui.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where "Add files…" and "Add folder…" open: the folder last used (kept in the preferences, so across runs) while it
 * still exists, else the home folder; never the chooser's own "Recent" list.
 */
final class ChooserFolder {
    private final Supplier<Optional<Path>> last;
    private final Consumer<Path> remember;
    private final Path home;

    /**
     * @param last     the folder remembered, if any
     * @param remember keeps a folder for next time
     * @param home     the user's home folder
     */
    ChooserFolder(Supplier<Optional<Path>> last, Consumer<Path> remember, Path home) {
        this.last = Objects.requireNonNull(last);
        this.remember = Objects.requireNonNull(remember);
        this.home = Objects.requireNonNull(home);
    }

    /** The folder a chooser opens on. Reads the disk (one existence check). */
    Path start() {
        return last.get().filter(Files::isDirectory).orElse(home);
    }

    /** Files were chosen: their folder is where the next chooser opens. */
    void filesChosen(List<Path> files) {
        if (!files.isEmpty() && files.get(0).toAbsolutePath().getParent() != null) {
            remember.accept(files.get(0).toAbsolutePath().getParent());
        }
    }

    /** A folder was chosen: the next chooser opens beside it, in the folder that holds it. */
    void folderChosen(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        remember.accept(parent != null ? parent : folder.toAbsolutePath());
    }
}
