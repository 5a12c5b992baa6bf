package io.casevault.domain;

import java.util.List;
import java.util.Objects;

/**
 * The text recognised in one image exhibit, in reading order, and the engine and model versions that read it (a
 * newer model may read the exhibit again). Derived data: never evidence.
 */
public record RecognisedText(List<RecognisedLine> lines, String engine, String modelVersion) {

    public RecognisedText {
        lines = List.copyOf(lines);
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (engine.isBlank() || modelVersion.isBlank()) {
            throw new DomainException("Recognised text names the engine and model version that read it.");
        }
    }

    /** The lines no redaction box touches: what may be shown, searched or exported. */
    public List<RecognisedLine> outside(List<Redaction> redactions) {
        return lines.stream().filter(l -> redactions.stream().noneMatch(l::overlaps)).toList();
    }
}
