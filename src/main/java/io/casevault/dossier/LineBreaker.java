package io.casevault.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking for mixed Chinese and Latin text. Lines may break after a space and between any two CJK
 * characters, but never before closing punctuation nor after opening punctuation (kinsoku), and no hyphen is ever
 * inserted. A run that cannot fit at all (a transaction ID, a URL, a hash) is cut where it would overflow.
 */
final class LineBreaker {
    private static final String CLOSING = "，。、；：？！）」』】》〉〕｝”’…‥·・々ー～,.;:!?)]}%'\"\u00bb\u203a\u30fc";
    private static final String OPENING = "（「『【《〈〔｛“‘([{\u00ab\u2039";

    private LineBreaker() {
    }

    interface Measure {
        float advance(int codePoint);
    }

    /** Splits printable text into lines no wider than {@code width}; explicit newlines are kept. */
    static List<String> lines(String text, float width, Measure measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph.replace('\t', ' '), width, measure, lines);
        }
        return lines;
    }

    private static void breakParagraph(String p, float width, Measure measure, List<String> out) {
        int start = 0;
        int n = p.length();
        if (n == 0) {
            out.add("");
            return;
        }
        while (start < n) {
            float used = 0;
            int lastBreak = -1;
            int i = start;
            boolean overflow = false;
            while (i < n) {
                int cp = p.codePointAt(i);
                if (i > start && canBreakBefore(p, i)) {
                    lastBreak = i;
                }
                float w = measure.advance(cp);
                if (used + w > width && cp != ' ' && i > start) {
                    overflow = true;
                    break;
                }
                used += w;
                i += Character.charCount(cp);
            }
            int end;
            if (!overflow) {
                end = n;
            } else if (lastBreak > start) {
                end = lastBreak;
            } else {
                // no allowed break fits: cut the unbreakable run where it overflows, but let closing marks hang
                // past the margin rather than start the next line
                end = i;
                while (end < n && isClosing(p.codePointAt(end))) {
                    end += Character.charCount(p.codePointAt(end));
                }
            }
            out.add(stripTrailing(p.substring(start, end)));
            start = end;
            while (start < n && p.charAt(start) == ' ') {
                start++;
            }
        }
    }

    /** Whether a line may end just before index {@code i} (i &gt; 0). */
    static boolean canBreakBefore(String s, int i) {
        int prev = s.codePointBefore(i);
        int cur = s.codePointAt(i);
        // a closing mark never starts a line, not even after a space
        if (cur == ' ' || isClosing(cur)) {
            return false;
        }
        if (prev == ' ') {
            return true;
        }
        if (isOpening(prev)) {
            return false;
        }
        if (isCjk(prev) || isCjk(cur)) {
            return true;
        }
        // inside Latin runs: after a hyphen or slash between letters, as URLs and IDs allow
        return (prev == '-' || prev == '/') && Character.isLetterOrDigit(cur);
    }

    static boolean isClosing(int cp) {
        return cp < 0x10000 && CLOSING.indexOf(cp) >= 0;
    }

    static boolean isOpening(int cp) {
        return cp < 0x10000 && OPENING.indexOf(cp) >= 0;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp == 0x25A1;
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        return s.substring(0, e);
    }
}
