package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;

/**
 * Personal data found on a line, and the part of the picture to cover: {@code box} is a slice of the line's box
 * (see {@link SubBoxes}), in the original image's pixel space.
 */
public record SensitiveArea(SensitiveKind kind, int line, int start, int end, Box box, double confidence) {

    public SensitiveArea {
        if (kind == null || box == null) {
            throw new DomainException("Sensitive data needs its kind and box.");
        }
        if (line < 0 || start < 0 || end <= start) {
            throw new DomainException("Sensitive data must lie within its line.");
        }
    }
}
