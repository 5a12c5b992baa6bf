package io.casevault.domain;

import java.util.Objects;

/**
 * One line of text recognised in an image exhibit, with its box in the stored original's pixel space (the space of
 * {@link Redaction} boxes) and the recogniser's confidence from 0 to 1.
 */
public record RecognisedLine(String text, double confidence, int x, int y, int w, int h) {

    public RecognisedLine {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new DomainException("A recognised line has text.");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DomainException("A recognised line's confidence is 0 to 1, not " + confidence + ".");
        }
        if (x < 0 || y < 0 || w < 1 || h < 1) {
            throw new DomainException("A recognised line's box must lie in the image, not at " + x + ", " + y + " ("
                    + w + " × " + h + ").");
        }
    }

    /** Whether any part of this line's box is under the redaction box. */
    public boolean overlaps(Redaction r) {
        return x < r.x() + r.width() && r.x() < x + w && y < r.y() + r.height() && r.y() < y + h;
    }
}
