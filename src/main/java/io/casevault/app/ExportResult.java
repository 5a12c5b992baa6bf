package io.casevault.app;

import io.casevault.domain.Reason;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished export: the file in its final place, its page count, the manifest fingerprint on its cover, how many
 * recognised lines its screenshots' invisible text layers carry, and the image exhibits exported without a text layer
 * because their text could not be read, with why (empty when every image's text is in the dossier). A submission copy
 * also says its volumes, its predicted and achieved size and how its pictures were reduced.
 */
public record ExportResult(Path file, int pages, String manifestSha256, int textLines, List<String> withoutText,
                           List<Reason> notes, Submission submission) {

    /**
     * The submission copy's facts: every file written (the first is {@link #file()}), the size predicted before, the
     * limit, and how the pictures were re-encoded (empty: they are as they are).
     */
    public record Submission(List<Volume> volumes, long predictedBytes, long maxBytes,
                             Optional<SubmissionExport.Reduction> reduction) {
        public Submission {
            volumes = List.copyOf(volumes);
            Objects.requireNonNull(reduction, "reduction");
        }

        /** How the pictures were reduced, in English words for the command line. */
        public String pictures() {
            return SubmissionExport.Reduction.describe(reduction);
        }

        public long totalBytes() {
            return volumes.stream().mapToLong(Volume::bytes).sum();
        }
    }

    /** One file of a submission copy. */
    public record Volume(Path file, long bytes, int pages) {
        public Volume {
            Objects.requireNonNull(file, "file");
        }
    }

    public ExportResult {
        Objects.requireNonNull(file, "file");
        if (pages < 1) {
            throw new IllegalArgumentException("An exported dossier has pages");
        }
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        if (textLines < 0) {
            throw new IllegalArgumentException("textLines " + textLines);
        }
        withoutText = List.copyOf(withoutText);
        notes = List.copyOf(notes);
    }

    /** The archival dossier. */
    public ExportResult(Path file, int pages, String manifestSha256, int textLines, List<String> withoutText,
                        List<Reason> notes) {
        this(file, pages, manifestSha256, textLines, withoutText, notes, null);
    }

    /** A dossier without recognised text. */
    public ExportResult(Path file, int pages, String manifestSha256) {
        this(file, pages, manifestSha256, 0, List.of(), List.of());
    }
}
