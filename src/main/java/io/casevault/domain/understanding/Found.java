package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;

/**
 * Something read from a screenshot: the value, the index of the line it is on (in the order the lines were given),
 * its characters [start, end) in that line's text as recognised, and how sure the recogniser was of the line(s) it
 * came from.
 */
public record Found<T>(T value, int line, int start, int end, double confidence) {

    public Found {
        if (value == null) {
            throw new DomainException("A found value must not be null.");
        }
        if (line < 0 || start < 0 || end < start) {
            throw new DomainException("A found value must lie within its line (line " + line + ", characters " + start
                    + "–" + end + ").");
        }
    }
}
