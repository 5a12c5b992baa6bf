package io.casevault.dossier;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A written submission copy: its volumes in order (one file when it fits), the rung its pictures were re-encoded at
 * (empty: as they are), the size predicted before writing, and the manifest fingerprint and text lines as for the
 * archival dossier.
 */
public record SubmissionResult(List<File> files, Optional<ShrinkStep> step, long predictedBytes,
                               String manifestSha256, int textLines) {

    /** One volume: the file written, its size and pages. */
    public record File(Path path, long bytes, int pages) {
        public File {
            Objects.requireNonNull(path, "path");
            if (bytes < 1 || pages < 1) {
                throw new IllegalArgumentException("A volume has bytes and pages");
            }
        }
    }

    public SubmissionResult {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("A copy has at least one file");
        }
        step = step == null ? Optional.empty() : step;
        Objects.requireNonNull(manifestSha256, "manifestSha256");
    }

    public long totalBytes() {
        return files.stream().mapToLong(File::bytes).sum();
    }
}
