package io.casevault.vault;

import org.slf4j.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * The application's own bundled files (fonts, a native library) as files on disk, so that they load by path instead
 * of being inflated out of the jar on every start: a file that is one already (a run from the build's classes) is used
 * where it is; one inside a jar is copied once into a private cache folder, in a sub-folder named by the jar entry's
 * size and CRC-32, and before every use the copy's size and CRC-32 (read in full) must equal the jar's — a copy cut
 * short, damaged or left from another version is made again. The CRC-32 guards against accidents, not an attacker:
 * the folder is the user's own and private, like the rest of the user's files.
 */
public final class BundledFiles {
    static final String SQLITE_PATH = "org.sqlite.lib.path";
    static final String SQLITE_NAME = "org.sqlite.lib.name";

    private BundledFiles() {
    }

    /** Asked for only when there is something to say: the usual start (the copies there already) logs nothing. */
    private static Logger log() {
        return LoggerFactory.getLogger(BundledFiles.class);
    }

    /** The resource as a file, from {@code cacheRoot} when it is in a jar; empty when it cannot be had as one. */
    public static Optional<Path> asFile(URL resource, Path cacheRoot) {
        if (resource == null) {
            return Optional.empty();
        }
        try {
            if ("file".equals(resource.getProtocol())) {
                return Optional.of(Path.of(resource.toURI()));
            }
            if (!"jar".equals(resource.getProtocol())) {
                return Optional.empty();
            }
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() < 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            String name = Path.of(entry.getName()).getFileName().toString();
            Path folder = cacheRoot.resolve(String.format(Locale.ROOT, "%d-%08x", entry.getSize(), entry.getCrc()));
            Path copy = folder.resolve(name);
            if (matches(copy, entry)) {
                return Optional.of(copy);
            }
            FileOps.createPrivateDirectories(cacheRoot);
            FileOps.createPrivateDirectories(folder);
            extract(resource, copy, entry);
            return Optional.of(copy);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            log().warn("The bundled file {} could not be kept in {}; it is read from the application: {}", resource,
                    cacheRoot, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Points sqlite-jdbc at a kept copy of its native library for this platform (in {@code cacheRoot}), instead of the
     * copy it would otherwise write into the temp folder on every start; does nothing when its library path is set
     * already or no copy can be kept (it then loads as it would by itself, and it falls back to that too when the
     * copy does not load). Must run before SQLite's first use in this process.
     */
    public static synchronized void keepSqliteLibrary(Path cacheRoot) {
        if (System.getProperty(SQLITE_PATH) != null) {
            return;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        Path folder = cacheRoot.resolve("sqlite-jdbc");
        asFile(SQLiteJDBCLoader.class.getResource(platformFolder(folder, name) + "/" + name), folder)
                .ifPresent(library -> {
                    System.setProperty(SQLITE_PATH, library.getParent().toString());
                    System.setProperty(SQLITE_NAME, library.getFileName().toString());
                });
    }

    /**
     * sqlite-jdbc's folder of this platform's library {@code name} in its jar (such as
     * {@code /org/sqlite/native/Linux/x86_64}): worked out by sqlite-jdbc once and remembered in {@code folder}, since
     * working it out runs {@code uname -o} (to tell Termux on Android apart), a process of its own on every start.
     * Remembered per JVM (its home, OS name and architecture) and sqlite-jdbc jar; a remembered folder that holds no
     * such library, or that cannot be read, is worked out again.
     */
    static String platformFolder(Path folder, String name) {
        String key = System.getProperty("java.home") + "|" + System.getProperty("os.name") + "|"
                + System.getProperty("os.arch") + "|" + SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource();
        Path remembered = folder.resolve("platform-" + Integer.toHexString(key.hashCode()) + ".txt");
        try {
            String known = Files.readString(remembered, StandardCharsets.UTF_8).strip();
            if (known.startsWith("/") && SQLiteJDBCLoader.class.getResource(known + "/" + name) != null) {
                return known;
            }
        } catch (IOException | RuntimeException e) {
            // not remembered yet, or unreadable: worked out below
        }
        String found = LibraryLoaderUtil.getNativeLibResourcePath();
        try {
            FileOps.createPrivateDirectories(folder);
            Path part = Files.createTempFile(folder, remembered.getFileName().toString(), ".part");
            try {
                Files.writeString(part, found, StandardCharsets.UTF_8);
                Files.move(part, remembered, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // worked out again on the next start
        }
        return found;
    }

    private static void extract(URL resource, Path copy, JarEntry entry) throws IOException {
        Path part = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try {
            URLConnection connection = resource.openConnection();
            connection.setUseCaches(false); // a stream of its own, not one a cached jar file shares
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!matches(part, entry)) {
                throw new IOException("the copy of " + entry.getName() + " differs from the application's");
            }
            try {
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            log().info("Copied the bundled {} into {}", entry.getName(), copy);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Whether {@code file} is a regular file with the entry's size and CRC-32. */
    static boolean matches(Path file, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue() == entry.getCrc();
    }
}
