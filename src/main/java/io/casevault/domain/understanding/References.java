package io.casevault.domain.understanding;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparing a transaction or order number shown on a screen with one in a statement: full-width forms, spaces and
 * letter case do not count, and a short letter prefix one side prints and the other does not ("REF", "TX") is
 * ignored.
 */
final class References {
    private static final int MAX_PREFIX = 4;
    private static final int MIN_DIGITS = 8;

    private References() {
    }

    static boolean equal(String shown, String recorded) {
        if (shown == null || recorded == null) {
            return false;
        }
        String a = normal(shown);
        String b = normal(recorded);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || prefixed(a, b) || prefixed(b, a);
    }

    /**
     * Equal, or one character misread, also when one side prints a short letter prefix the other does not
     * ({@code REF20240920888142067} recorded, {@code 202409208881I2067} read).
     */
    static boolean nearlyEqual(String shown, String recorded) {
        if (equal(shown, recorded)) {
            return true;
        }
        String a = normal(shown);
        String b = normal(recorded);
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (extra > MAX_PREFIX || shorter.length() < MIN_DIGITS
                || !longer.substring(0, extra).chars().allMatch(Character::isLetter)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < shorter.length() && differences < 2; i++) {
            differences += longer.charAt(extra + i) == shorter.charAt(i) ? 0 : 1;
        }
        return differences < 2;
    }

    /** {@code longer} is {@code shorter} with a few letters in front, and {@code shorter} is a long number. */
    private static boolean prefixed(String longer, String shorter) {
        int extra = longer.length() - shorter.length();
        return extra > 0 && extra <= MAX_PREFIX && longer.endsWith(shorter) && shorter.length() >= MIN_DIGITS
                && longer.substring(0, extra).chars().allMatch(Character::isLetter);
    }

    static String normal(String reference) {
        String s = Normalizer.normalize(reference, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\'' && c != '\t').forEach(out::appendCodePoint);
        return out.toString();
    }
}
