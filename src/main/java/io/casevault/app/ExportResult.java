package io.casevault.app;

import io.casevault.domain.Reason;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A finished export: the file in its final place, its page count, the manifest fingerprint on its cover, how many
 * recognised lines its screenshots' invisible text layers carry, and the image exhibits exported without a text layer
 * because their text could not be read, with why (empty when every image's text is in the dossier).
 */
public record ExportResult(Path file, int pages, String manifestSha256, int textLines, List<String> withoutText,
                           List<Reason> notes) {

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

    /** A dossier without recognised text. */
    public ExportResult(Path file, int pages, String manifestSha256) {
        this(file, pages, manifestSha256, 0, List.of(), List.of());
    }
}
