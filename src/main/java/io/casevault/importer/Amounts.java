package io.casevault.importer;

import io.casevault.domain.Reason;
import java.math.BigDecimal;

/**
 * Amount text as statements write it: currency signs ({@code ¥ ￥ $ € £}), {@code 元}, thousands separators, a
 * leading or trailing minus, accounting brackets. The decimal mark is the file's {@link DecimalMark}; a separator
 * that does not fit it is an error rather than a silent factor of 100.
 */
final class Amounts {

    enum DecimalMark { POINT, COMMA }

    private Amounts() {
    }

    /** The signed amount; a row problem when the text is not one. */
    static BigDecimal parse(String raw, DecimalMark mark) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.equals("/")) {
            throw new RowException(Reason.of("import.amountEmpty", "the amount is empty"));
        }
        char decimal = mark == DecimalMark.POINT ? '.' : ',';
        char group = mark == DecimalMark.POINT ? ',' : '.';
        StringBuilder digits = new StringBuilder(text.length());
        boolean negative = false;
        boolean seenDecimal = false;
        int sinceGroup = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (sinceGroup >= 0) {
                    sinceGroup++;
                }
            } else if (c == decimal && !seenDecimal) {
                checkGroup(sinceGroup, raw);
                sinceGroup = -1;
                seenDecimal = true;
                digits.append('.');
            } else if (c == group && !seenDecimal && digits.length() > 0) {
                checkGroup(sinceGroup, raw);
                sinceGroup = 0;
            } else if (c == '-' || c == '−' || c == '(') {
                negative = true;
            } else if (!isIgnorable(c)) {
                throw notANumber(raw);
            }
        }
        checkGroup(sinceGroup, raw);
        if (digits.length() == 0 || digits.charAt(digits.length() - 1) == '.' && digits.length() == 1) {
            throw notANumber(raw);
        }
        BigDecimal value = new BigDecimal(digits.toString());
        return negative ? value.negate() : value;
    }

    private static RowException notANumber(String raw) {
        return new RowException(Reason.of("import.amountNaN", "the amount \"" + raw.strip() + "\" is not a number",
                raw.strip()));
    }

    private static void checkGroup(int sinceGroup, String raw) {
        if (sinceGroup >= 0 && sinceGroup != 3) {
            throw new RowException(Reason.of("import.amountGroup", "the amount \"" + raw.strip()
                    + "\" has a misplaced thousands separator or the wrong decimal mark", raw.strip()));
        }
    }

    private static boolean isIgnorable(char c) {
        return switch (c) {
            case ' ', '\u00A0', '\u202F', '\'', '+', ')', '¥', '￥', '$', '€', '£', '元', '\t' -> true;
            default -> Character.isLetter(c) && c < 0x80; // "CNY 12.00", "12.00 USD"
        };
    }

    /**
     * Decides the decimal mark of a file from its amounts: a value with both marks shows it by the last one; a
     * comma or point followed by other than three digits is a decimal mark. {@code fallback} when nothing tells.
     */
    static DecimalMark decide(Iterable<String> samples, DecimalMark fallback) {
        for (String s : samples) {
            if (s == null) {
                continue;
            }
            int comma = s.lastIndexOf(',');
            int point = s.lastIndexOf('.');
            if (comma >= 0 && point >= 0) {
                return comma > point ? DecimalMark.COMMA : DecimalMark.POINT;
            }
            int mark = Math.max(comma, point);
            if (mark >= 0 && digitsAfter(s, mark) != 3) {
                return comma >= 0 ? DecimalMark.COMMA : DecimalMark.POINT;
            }
        }
        return fallback;
    }

    private static int digitsAfter(String s, int mark) {
        int n = 0;
        for (int i = mark + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n++;
        }
        return n;
    }
}
