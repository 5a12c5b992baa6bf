package io.casevault.domain.understanding;

/** Something a finder read from one line, at characters [start, end) of the line's normalised text. */
record Hit<T>(T value, int start, int end) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
