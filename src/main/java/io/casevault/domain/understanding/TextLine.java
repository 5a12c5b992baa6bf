package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;
import io.casevault.domain.RecognisedLine;

/**
 * One recognised line of a picture, as the text recogniser reports it: the text, how sure it was (0 to 1) and the
 * line's box in the original image's pixel space (before EXIF orientation is applied, like redactions).
 */
public record TextLine(String text, double confidence, int x, int y, int width, int height) {

    public TextLine {
        if (text == null) {
            throw new DomainException("A recognised line needs its text (it may be empty).");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DomainException("A recognised line's confidence must be between 0 and 1, not " + confidence
                    + ".");
        }
        if (width < 0 || height < 0) {
            throw new DomainException("A recognised line's box cannot have a negative size (" + width + " × " + height
                    + ").");
        }
    }

    /** A line as the vault stores it. */
    public static TextLine of(RecognisedLine line) {
        return new TextLine(line.text(), line.confidence(), line.x(), line.y(), line.w(), line.h());
    }

    /** The line's box. */
    public Box box() {
        return new Box(x, y, width, height);
    }
}
