package io.casevault.vault;

import java.nio.file.Path;

/** A file copied into {@code blobs/tmp}, hashed and flushed, not yet visible under its hash. */
public record StagedBlob(Path tmp, String sha256, long size) {
}
