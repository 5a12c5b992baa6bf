package io.casevault.domain;

import java.util.List;
import java.util.Objects;

/**
 * The text recognised in one image exhibit, in reading order, and the engine and model versions that read it (a
 * newer model may read the exhibit again); also whether the whole picture was found fully opaque when it was decoded
 * for reading (null: not known, read before this was kept). Derived data: never evidence.
 */
public record RecognisedText(List<RecognisedLine> lines, String engine, String modelVersion, Boolean opaque) {

    public RecognisedText {
        lines = List.copyOf(lines);
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (engine.isBlank() || modelVersion.isBlank()) {
            throw new DomainException("Recognised text names the engine and model version that read it.");
        }
    }

    /** Text whose picture's opacity is not known. */
    public RecognisedText(List<RecognisedLine> lines, String engine, String modelVersion) {
        this(lines, engine, modelVersion, null);
    }

    /** The lines no redaction box touches: what may be shown, searched or exported. */
    public List<RecognisedLine> outside(List<Redaction> redactions) {
        return lines.stream().filter(l -> redactions.stream().noneMatch(l::overlaps)).toList();
    }
}
