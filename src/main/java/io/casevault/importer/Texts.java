package io.casevault.importer;

import java.util.StringJoiner;

/** Small text helpers for building notes from several cells. */
final class Texts {
    private Texts() {
    }

    /** The non-empty parts joined with " · "; {@code /} placeholders count as empty. */
    static String join(String... parts) {
        StringJoiner j = new StringJoiner(" · ");
        for (String p : parts) {
            if (p != null && !p.isBlank() && !p.strip().equals("/")) {
                j.add(p.strip());
            }
        }
        return j.toString();
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.strip().equals("/")) {
                return v.strip();
            }
        }
        return "";
    }
}
