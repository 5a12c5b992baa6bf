package io.casevault.vault;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file copied into {@code blobs/tmp} and hashed, not yet visible under its hash; {@code flushed} once its bytes
 * were forced to disk ({@link BlobStore#flush}), else the commit forces them.
 */
public record StagedBlob(Path tmp, String sha256, long size, boolean flushed) {
    public StagedBlob {
        Objects.requireNonNull(tmp, "tmp");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }
}
