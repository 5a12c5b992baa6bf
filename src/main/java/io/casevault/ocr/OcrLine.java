package io.casevault.ocr;

import java.util.Objects;

/**
 * One recognised line of text and its box in the pixel space of the image that was passed in (the stored original
 * when an orientation was given), with the recogniser's confidence from 0 to 1.
 */
public record OcrLine(String text, double confidence, int x, int y, int w, int h) {

    public OcrLine {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a recognised line has text");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0 to 1, not " + confidence);
        }
        if (x < 0 || y < 0 || w < 1 || h < 1) {
            throw new IllegalArgumentException("not a box inside an image: " + x + ", " + y + ", " + w + " × " + h);
        }
    }
}
