package io.casevault.app.backup;

import io.casevault.domain.Hashes;
import io.casevault.vault.FileOps;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup or bundle zip: entries go to a hidden temporary file beside the target, {@code manifest.json} comes
 * last, and only the complete, flushed file is renamed into place. Closing an unfinished writer removes the temporary
 * file, so a cancelled, failed or killed run leaves no half-written archive under the chosen name.
 */
final class ZipArchiveWriter implements Closeable {
    private static final int BUFFER = 1 << 16;
    private final Path target;
    private final Path tmp;
    private final ZipOutputStream zip;
    private final List<ArchiveManifest.Entry> entries = new ArrayList<>();
    private boolean finished;

    private ZipArchiveWriter(Path target, Path tmp) throws IOException {
        this.target = target;
        this.tmp = tmp;
        FileOps.createPrivateFile(tmp);
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp,
                StandardOpenOption.WRITE), BUFFER));
        zip.setLevel(Deflater.BEST_SPEED);
    }

    static ZipArchiveWriter create(Path target) throws IOException {
        Leftovers.remove(target.getParent(), "." + target.getFileName() + ".", ".part");
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        return new ZipArchiveWriter(target, tmp);
    }

    /**
     * Adds a file without compressing it (originals are mostly already compressed images): a first pass computes
     * the CRC the zip format wants up front, the second copies.
     */
    long addStored(String path, Path file) throws IOException {
        CRC32 crc = new CRC32();
        MessageDigest digest = Hashes.sha256();
        long size = 0;
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; size += n) {
                crc.update(buf, 0, n);
                digest.update(buf, 0, n);
            }
        }
        ZipEntry e = new ZipEntry(path);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry(); // fails when the file changed between the passes
        entries.add(new ArchiveManifest.Entry(path, Hashes.hex(digest.digest()), size));
        return size;
    }

    /** Adds a file compressed (the database, JSON). */
    long addDeflated(String path, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return addDeflated(path, in);
        }
    }

    long addDeflated(String path, byte[] data) throws IOException {
        return addDeflated(path, new java.io.ByteArrayInputStream(data));
    }

    private long addDeflated(String path, InputStream source) throws IOException {
        MessageDigest digest = Hashes.sha256();
        zip.putNextEntry(new ZipEntry(path));
        long size = new DigestInputStream(source, digest).transferTo(zip);
        zip.closeEntry();
        entries.add(new ArchiveManifest.Entry(path, Hashes.hex(digest.digest()), size));
        return size;
    }

    /** Writes the manifest, flushes the file to disk and renames it to the target, replacing an older file. */
    ArchiveManifest finish(String format, int version, Instant createdAt, Map<String, String> properties)
            throws IOException {
        ArchiveManifest manifest = new ArchiveManifest(format, version, createdAt, properties, entries);
        zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.close();
        FileOps.fsyncFile(tmp);
        FileOps.moveAtomically(tmp, target);
        finished = true;
        return manifest;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                zip.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
