package io.casevault.domain.understanding;

import java.text.Normalizer;

/**
 * A line's text in the form the finders read, with the way back to the characters of the line as recognised.
 * Each code point is NFKC-normalised on its own (full-width digits, letters, colons and ￥ become their ASCII or
 * plain forms; an ideographic space becomes a space), and the dashes OCR and typography use for minus become '-'.
 * Normalising code point by code point keeps an exact map from every normalised character to the original one it
 * came from; composing across code points (a base letter followed by a combining accent) is not needed for the
 * text of payment screens.
 */
final class LineText {
    private final String original;
    private final String text;
    /** For each character of {@link #text}: where its original code point starts and ends. */
    private final int[] fromStart;
    private final int[] fromEnd;

    private LineText(String original, String text, int[] fromStart, int[] fromEnd) {
        this.original = original;
        this.text = text;
        this.fromStart = fromStart;
        this.fromEnd = fromEnd;
    }

    static LineText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 4 + 4];
        int[] ends = new int[starts.length];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            // most of a line needs no normaliser call (and no string for its one code point)
            String normal = isStable(cp) ? null : normalise(cp, original.substring(i, next));
            int count = normal == null ? 1 : normal.length();
            for (int k = 0; k < count; k++) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                    ends = java.util.Arrays.copyOf(ends, n * 2);
                }
                out.append(normal == null ? (char) cp : normal.charAt(k));
                starts[n] = i;
                ends[n] = next;
                n++;
            }
            i = next;
        }
        return new LineText(original, out.toString(), java.util.Arrays.copyOf(starts, n),
                java.util.Arrays.copyOf(ends, n));
    }

    /**
     * True for a code point NFKC leaves as it is, which is no dash either: ASCII (the dashes read as '-' are not ASCII)
     * and the CJK Unified Ideographs block, whose characters have no decompositions.
     */
    private static boolean isStable(int cp) {
        return cp < 0x80 || cp >= 0x4E00 && cp <= 0x9FFF;
    }

    private static String normalise(int cp, String single) {
        return switch (cp) {
            case 0x2212, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0xFE63 -> "-";
            default -> Normalizer.normalize(single, Normalizer.Form.NFKC);
        };
    }

    /** True when the (normalised) text holds an ASCII digit; lines without one need no number finder. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** How many ASCII digits the (normalised) text holds: a finder whose values need more has nothing to find. */
    static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /** The normalised text. */
    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /** The original character range [start, end) that normalised characters [start, end) came from. */
    int[] originalRange(int start, int end) {
        if (start >= end) {
            int at = start < fromStart.length ? fromStart[start] : original.length();
            return new int[] {at, at};
        }
        return new int[] {fromStart[start], fromEnd[end - 1]};
    }
}
