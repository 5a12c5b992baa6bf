package io.casevault.ocr;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The lines recognised in one image, top to bottom and left to right within a row, with the engine and model
 * versions that produced them (recognition is derived data: a newer model may read the same image again).
 */
public record OcrResult(List<OcrLine> lines, String engine, String modelVersion) {

    public OcrResult {
        lines = List.copyOf(lines);
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (engine.isBlank() || modelVersion.isBlank()) {
            throw new IllegalArgumentException("a result names its engine and model version");
        }
    }

    /** The lines' text, one per line. */
    public String text() {
        return lines.stream().map(OcrLine::text).collect(Collectors.joining("\n"));
    }
}
