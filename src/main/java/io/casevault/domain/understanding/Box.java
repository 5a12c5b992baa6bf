package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;
import io.casevault.domain.Redaction;

/** A rectangle in the original image's pixel space. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new DomainException("A box cannot have a negative size (" + width + " × " + height + ").");
        }
    }

    /** The part of this box inside an image of the given size, as a redaction; empty boxes have none. */
    public java.util.Optional<Redaction> asRedactionWithin(int imageWidth, int imageHeight) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = Math.min(imageWidth, x + width);
        int bottom = Math.min(imageHeight, y + height);
        if (right - left < 1 || bottom - top < 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Redaction(left, top, right - left, bottom - top));
    }
}
