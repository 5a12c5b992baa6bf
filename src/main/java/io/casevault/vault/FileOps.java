package io.casevault.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** Durable file-system steps: private folders, fsync of files and folders, read-only originals. */
public final class FileOps {
    public static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--------");

    private FileOps() {
    }

    public static void createPrivateDirectories(Path dir) throws IOException {
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

    /** Creates an empty file only its owner can read (backups and bundles hold evidence); fails when it exists. */
    public static void createPrivateFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        } else {
            Files.createFile(file);
        }
    }

    public static void makePrivate(Path dir) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
        }
    }

    public static void makeReadOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, READ_ONLY);
        } else {
            file.toFile().setReadOnly();
        }
    }

    /** Flushes a file's content to disk. */
    public static void fsyncFile(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames within one folder atomically, replacing the target, and makes the rename durable. */
    public static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fsyncDirectory(to.toAbsolutePath().getParent());
    }

    /** Removes a folder tree that this program wrote (a staging folder), read-only files included. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true, true);
                Files.delete(p);
            }
        }
    }

    /** Flushes a folder's entries to disk so that a rename inside it survives a power cut (no-op where unsupported). */
    public static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; NTFS journals metadata itself.
        }
    }

    /**
     * Whether {@code bytes} can be written into {@code dir} now: a probe file written, flushed and removed. A full disk
     * (or one that became read-only) refuses it.
     */
    public static boolean hasRoom(Path dir, int bytes) {
        Path probe = null;
        try {
            probe = Files.createTempFile(dir, "room-", ".probe");
            try (var channel = java.nio.channels.FileChannel.open(probe, java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(bytes);
                while (zeros.hasRemaining()) {
                    channel.write(zeros);
                }
                channel.force(true);
            }
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException e) {
                    probe.toFile().deleteOnExit();
                }
            }
        }
    }
}
