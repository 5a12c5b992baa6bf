package io.casevault.domain.understanding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels such as 订单号 or "Transaction ID" and where their value is: on the same line after the label, or, when the
 * label stands alone on its line (payment apps lay a detail page out as two columns that OCR reads as separate
 * lines), on the next line.
 */
final class Labels {
    /** What may stand between a label and its value: spaces, colons, '#', '.', '№', dashes. */
    static final String SEPARATORS = "[\\s:#.№\\-]*";
    private static final Pattern SEPARATOR_RUN = Pattern.compile(SEPARATORS);

    private Labels() {
    }

    /** A pattern matching any of the labels, longest first; Latin labels in any case, spaces optional. */
    static Pattern anyOf(List<String> labels) {
        String alternatives = labels.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Labels::labelRegex)
                .collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile("(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String labelRegex(String label) {
        boolean latin = label.chars().allMatch(c -> c < 0x80);
        String body = java.util.Arrays.stream(label.split(" ")).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("\\s*"));
        // a lower-case letter after a Latin label continues the word ("Refund" is not "Ref"); a capital starts the
        // value where OCR lost the space ("ReferenceREF123…")
        return latin ? "(?<![A-Za-z])" + body + "(?!(?-i:[a-z]))" : body;
    }

    /**
     * The characters the labels start with, folded as the label pattern folds them (upper then lower case): where
     * {@link #find} tries the pattern.
     */
    static String starts(List<String> labels) {
        StringBuilder out = new StringBuilder();
        for (String label : labels) {
            char first = fold(label.charAt(0));
            if (out.indexOf(String.valueOf(first)) < 0) {
                out.append(first);
            }
        }
        return out.toString();
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Finds the next label at or after {@code from} as {@code labels.find(from)} does, trying the pattern only where
     * one of the {@link #starts} (or a character folding to one) stands: most of a line starts no label, and trying
     * every alternative at every character is the dearest part of reading a line. A label's first character is matched
     * as the pattern matches it, equal or equal once folded; lookbehinds still see the text before.
     */
    static boolean find(Matcher labels, String starts, String text, int from) {
        labels.useTransparentBounds(true);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (starts.indexOf(c) >= 0 || starts.indexOf(fold(c)) >= 0) {
                labels.region(i, text.length());
                if (labels.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text is only this label, perhaps with a colon and spaces (its value is on the next line). */
    static boolean isLabelOnly(Pattern labels, String text) {
        Matcher m = atStart(labels, text);
        return m != null && SEPARATOR_RUN.matcher(text).region(m.end(), text.length()).matches();
    }

    /**
     * The label at the start of the text (after spaces), or null. Tried only there, not searched for along the line:
     * no label begins with a space, so a label found further on never starts the text.
     */
    static Matcher atStart(Pattern labels, String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher m = labels.matcher(text).region(start, text.length());
        return m.lookingAt() ? m : null;
    }

    /**
     * A found label as compared with the labels listed: without whitespace ({@code \s}, as the label pattern allows
     * any between words) and in lower case.
     */
    static String squeeze(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Index where the value after a label ending at {@code end} starts, skipping separators. */
    static int valueStart(String text, int end) {
        Matcher m = SEPARATOR_RUN.matcher(text);
        m.region(end, text.length());
        return m.lookingAt() ? m.end() : end;
    }
}
