package io.casevault.app.backup;

import io.casevault.domain.Hashes;
import io.casevault.vault.FileOps;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/** SHA-256 and size of a file, computed while reading it (and, for {@link #copy}, while writing a copy). */
record FileDigest(String sha256, long size) {
    private static final int BUFFER = 1 << 16;

    static FileDigest of(Path file) throws IOException {
        return copy(file, null);
    }

    /** Copies {@code source} to {@code target} (which must not exist) and flushes it, hashing on the way. */
    static FileDigest copy(Path source, Path target) throws IOException {
        MessageDigest digest = Hashes.sha256();
        long size = 0;
        byte[] buf = new byte[BUFFER];
        if (target != null) {
            FileOps.createPrivateFile(target);
        }
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = target == null ? OutputStream.nullOutputStream()
                     : Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            for (int n; (n = in.read(buf)) > 0; size += n) {
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        if (target != null) {
            FileOps.fsyncFile(target);
        }
        return new FileDigest(Hashes.hex(digest.digest()), size);
    }
}
