package io.casevault.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Durable file-system steps: private folders, fsync of files and folders, read-only originals. */
final class FileOps {
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--------");

    private FileOps() {
    }

    static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        if (POSIX) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
        } else {
            Files.createDirectory(dir);
        }
    }

    static void makePrivate(Path dir) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
        }
    }

    static void makeReadOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, READ_ONLY);
        } else {
            file.toFile().setReadOnly();
        }
    }

    /** Flushes a folder's entries to disk so that a rename inside it survives a power cut (no-op where unsupported). */
    static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; NTFS journals metadata itself.
        }
    }
}
