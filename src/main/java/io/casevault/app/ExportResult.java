package io.casevault.app;

import java.nio.file.Path;
import java.util.Objects;

/** A finished export: the file in its final place, its page count and the manifest fingerprint on its cover. */
public record ExportResult(Path file, int pages, String manifestSha256) {

    public ExportResult {
        Objects.requireNonNull(file, "file");
        if (pages < 1) {
            throw new IllegalArgumentException("An exported dossier has pages");
        }
        Objects.requireNonNull(manifestSha256, "manifestSha256");
    }
}
