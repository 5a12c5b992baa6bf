package io.casevault.app.backup;

import io.casevault.domain.Hashes;
import io.casevault.domain.Reason;
import io.casevault.vault.FileOps;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a backup or a case bundle, a zip file or a backup folder, and checks every byte it hands out against the
 * manifest. Failures are {@link ArchiveException}s whose message says why the file cannot be trusted.
 */
abstract class ArchiveSource implements Closeable {
    private final ArchiveManifest manifest;

    private ArchiveSource(ArchiveManifest manifest) {
        this.manifest = manifest;
    }

    /** Opens {@code path} (a folder or a zip file) as an archive of {@code format}. */
    static ArchiveSource open(Path path, String format) throws IOException {
        if (Files.isDirectory(path)) {
            return new Folder(path, format);
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return new Zip(path, format);
    }

    ArchiveManifest manifest() {
        return manifest;
    }

    abstract InputStream open(String path) throws IOException;

    /** Copies an entry to {@code target} (which must not exist), flushed to disk, or fails when it is not intact. */
    void extract(ArchiveManifest.Entry entry, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            copyVerified(entry, out);
        }
        FileOps.fsyncFile(target);
    }

    byte[] read(ArchiveManifest.Entry entry) throws IOException {
        if (entry.size() > Integer.MAX_VALUE - 8) {
            throw new ArchiveException(Reason.of("archive.tooLarge",
                    entry.path() + " is too large to read into memory", entry.path()));
        }
        // the recorded size is only a claim until the bytes are read: do not reserve it up front
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(entry.size(), 1 << 20));
        copyVerified(entry, out);
        return out.toByteArray();
    }

    private void copyVerified(ArchiveManifest.Entry entry, OutputStream target) throws IOException {
        MessageDigest digest = Hashes.sha256();
        long size;
        try (InputStream in = open(entry.path())) {
            // one byte more than recorded is enough to know the entry is longer than it should be
            size = in.transferTo(new DigestOutputStream(new LimitedOutputStream(target, entry.size()), digest));
        } catch (ZipException | java.io.EOFException e) {
            throw new ArchiveException(Reason.of("archive.unreadable",
                    entry.path() + " cannot be read back (" + e.getMessage() + ")", entry.path(), e.getMessage()));
        }
        if (size != entry.size() || !Hashes.hex(digest.digest()).equals(entry.sha256())) {
            throw new ArchiveException(Reason.of("archive.mismatch",
                    entry.path() + " does not match the SHA-256 and size its manifest records", entry.path()));
        }
    }

    /** Fails as soon as more than {@code limit} bytes arrive, so a forged size cannot fill the disk. */
    private static final class LimitedOutputStream extends java.io.FilterOutputStream {
        private long left;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int n) {
            left -= n;
            if (left < 0) {
                throw new ArchiveException(Reason.of("archive.longer",
                        "an entry is longer than its manifest records"));
            }
        }
    }

    private static final class Zip extends ArchiveSource {
        private final ZipFile zip;

        Zip(Path path, String format) throws IOException {
            this(openZip(path), format);
        }

        private Zip(ZipFile zip, String format) throws IOException {
            super(readManifest(zip, format));
            this.zip = zip;
        }

        private static ZipFile openZip(Path path) throws IOException {
            try {
                return new ZipFile(path.toFile());
            } catch (ZipException e) {
                throw new ArchiveException(Reason.of("archive.notOurs",
                        "it is not a CaseVault file, or it was cut short (no complete zip archive: "
                        + e.getMessage() + ")", e.getMessage()));
            }
        }

        private static ArchiveManifest readManifest(ZipFile zip, String format) throws IOException {
            try {
                ZipEntry e = zip.getEntry(ArchiveManifest.NAME);
                if (e == null) {
                    throw new ArchiveException(Reason.of("archive.noManifest",
                        "it has no " + ArchiveManifest.NAME, ArchiveManifest.NAME));
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readNBytes(16 << 20);
                } catch (ZipException | java.io.EOFException x) {
                    throw new ArchiveException(Reason.of("archive.manifestUnreadable",
                            "its manifest cannot be read back (" + x.getMessage() + ")", x.getMessage()));
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                if (crc.getValue() != e.getCrc()) {
                    throw new ArchiveException(Reason.of("archive.manifestAltered", "its manifest was altered"));
                }
                return ArchiveManifest.parse(bytes, format);
            } catch (IllegalArgumentException x) {
                throw new ArchiveException(Reason.plain(x.getMessage()));
            } catch (RuntimeException | IOException x) {
                zip.close();
                throw x;
            }
        }

        @Override
        InputStream open(String path) throws IOException {
            ZipEntry e = zip.getEntry(path);
            if (e == null) {
                throw new ArchiveException(Reason.of("archive.lacks",
                        "it lacks " + path + ", which its manifest lists", path));
            }
            return zip.getInputStream(e);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static final class Folder extends ArchiveSource {
        private final Path dir;

        Folder(Path dir, String format) throws IOException {
            super(readManifest(dir, format));
            this.dir = dir;
        }

        private static ArchiveManifest readManifest(Path dir, String format) throws IOException {
            Path m = dir.resolve(ArchiveManifest.NAME);
            if (!Files.isRegularFile(m)) {
                throw new ArchiveException(Reason.of("archive.noManifest",
                        "it has no " + ArchiveManifest.NAME, ArchiveManifest.NAME));
            }
            try {
                return ArchiveManifest.parse(Files.readAllBytes(m), format);
            } catch (IllegalArgumentException e) {
                throw new ArchiveException(Reason.plain(e.getMessage()));
            }
        }

        @Override
        InputStream open(String path) throws IOException {
            Path p = dir.resolve(path);
            if (!Files.isRegularFile(p)) {
                throw new ArchiveException(Reason.of("archive.lacks",
                        "it lacks " + path + ", which its manifest lists", path));
            }
            return Files.newInputStream(p);
        }

        @Override
        public void close() {
            // nothing held open
        }
    }
}
