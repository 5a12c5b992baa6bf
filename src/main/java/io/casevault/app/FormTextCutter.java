package io.casevault.app;

/**
 * Cuts a text to fit a web form's character limit, the way a person would: at the end of a sentence when that keeps
 * at least half the room, else after a clause (a comma, 、, ；, a colon), else between words or between two Chinese
 * characters, and never inside a number, an order number, a date, an amount or a word ({@code 2026110322001456789},
 * {@code 1,250.00}, {@code 14:30}, {@code E-3} stay whole or go). A cut that does not end a sentence ends in
 * {@code …}. Characters are counted as Unicode code points, as browsers count a field's {@code maxlength}: one per
 * Chinese character, one per emoji.
 */
public final class FormTextCutter {
    /** Marks a text that was cut inside a sentence. */
    public static final String ELLIPSIS = "…";

    private static final String SENTENCE_ENDS = "。！？!?…";
    private static final String ASCII_SENTENCE_ENDS = ".";
    private static final String CLAUSE_ENDS = "，、；：,;:";
    private static final String OPENERS = "“‘「『（(《";
    private static final int ZWJ = 0x200D;
    private static final String CLOSERS = "”’」』）)》\"'";
    /** Inside a token these join its parts: 1,250.00  14:30  2026-11-03  a.b@c.com  +08:00  #42. */
    private static final String JOINERS = ".,:/-_'’@+#";

    private enum Kind { NONE, WORD, CLAUSE, SENTENCE }

    private FormTextCutter() {
    }

    /** The number of characters a form counts: code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** {@code text} when it fits, else its longest prefix that fits and ends well; may be empty. */
    public static String cut(String text, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + limit);
        }
        if (length(text) <= limit) {
            return text;
        }
        boolean[] inToken = tokenInteriors(text);
        int sentence = -1;
        int clause = -1;
        int word = -1;
        int count = 0;
        for (int i = 0; i < text.length() && count < limit; ) {
            i += Character.charCount(text.codePointAt(i));
            count++;
            Kind kind = inToken[i] ? Kind.NONE : kind(text, i);
            if (kind == Kind.SENTENCE) {
                sentence = i;
            } else if (kind != Kind.NONE && count < limit) {
                // room for the ellipsis
                word = i;
                if (kind == Kind.CLAUSE) {
                    clause = i;
                }
            }
        }
        int half = (limit + 1) / 2;
        if (sentence > 0 && length(text.substring(0, sentence)) >= half) {
            return text.substring(0, sentence).stripTrailing();
        }
        if (clause > 0 && length(text.substring(0, clause)) >= half) {
            return withEllipsis(text.substring(0, clause));
        }
        if (sentence >= word) {
            return sentence > 0 ? text.substring(0, sentence).stripTrailing() : "";
        }
        return withEllipsis(text.substring(0, word));
    }

    private static String withEllipsis(String kept) {
        int end = kept.length();
        while (end > 0 && (Character.isWhitespace(kept.charAt(end - 1))
                || CLAUSE_ENDS.indexOf(kept.charAt(end - 1)) >= 0 || OPENERS.indexOf(kept.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 ? "" : kept.substring(0, end) + ELLIPSIS;
    }

    /** What cutting the text at char index {@code at} (keeping {@code text[0, at)}) would end. */
    private static Kind kind(String text, int at) {
        int before = text.codePointBefore(at);
        int after = at < text.length() ? text.codePointAt(at) : -1;
        boolean openAfter = after == -1 || Character.isWhitespace(after) || after > 0x7F;
        int end = before;
        if (CLOSERS.indexOf(before) >= 0 && at - Character.charCount(before) > 0) {
            end = text.codePointBefore(at - Character.charCount(before));
        }
        if (before == '\n' || SENTENCE_ENDS.indexOf(end) >= 0
                || ASCII_SENTENCE_ENDS.indexOf(end) >= 0 && openAfter) {
            return Kind.SENTENCE;
        }
        if (CLAUSE_ENDS.indexOf(before) >= 0 && (before > 0x7F || openAfter)) {
            return Kind.CLAUSE;
        }
        if (after != -1 && (joinsBefore(after) || before == ZWJ || Character.isDigit(before) && Character.isLetter(after))) {
            return Kind.NONE; // a mark or joiner belongs to the character before it; 1250|元 keeps its unit
        }
        return Kind.WORD;
    }

    /**
     * {@code interior[i]} is true where a cut at char index {@code i} would split a token: a run of letters or digits
     * (not Chinese, Japanese or Korean script) whose parts may be joined by one of {@link #JOINERS}.
     */
    private static boolean joinsBefore(int cp) {
        int type = Character.getType(cp);
        return cp == ZWJ || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    static boolean[] tokenInteriors(String text) {
        boolean[] interior = new boolean[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isTokenChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            int j = i;
            while (j < text.length()) {
                int c = text.codePointAt(j);
                if (isTokenChar(c)) {
                    j += Character.charCount(c);
                    end = j;
                } else if (JOINERS.indexOf(c) >= 0 && j + 1 < text.length() && isTokenChar(text.codePointAt(j + 1))) {
                    j += 1;
                } else {
                    break;
                }
            }
            for (int k = start + 1; k < end; k++) {
                interior[k] = true;
            }
            i = end;
        }
        return interior;
    }

    static boolean isTokenChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
    }
}
