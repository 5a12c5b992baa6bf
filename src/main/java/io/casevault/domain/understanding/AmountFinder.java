package io.casevault.domain.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts on one line: a number with a currency marker before or after it ({@code ¥1,250.00}, {@code ¥-386.50},
 * {@code -$125.00 USD}, {@code 1.250,00 €}, {@code 1,250.00元}), or a bare number with two decimals where the screen
 * makes it an amount: after an amount label on the same line (金额, Total …), on the line after a label that stands
 * alone, or alone on its line (the headline amount of a bill's detail page, {@code -1,250.00} or {@code -1.250,00}). A
 * bare number's currency is unknown here ({@link UnreadEuroSign} reads the page for the one sign OCR drops).
 * <p>
 * Separators: with both '.' and ',' the last one is the decimal mark; with one kind only, a single mark followed by
 * one or two digits is decimal and marks followed by groups of three digits are thousands ({@code 1,250} is 1250,
 * {@code 1.250,00} is 1250.00). Payment amounts have at most two decimals, so a three-digit group is never read as
 * decimals. More than twelve integer digits is an order number, not an amount. A minus glued to a word is still a
 * minus ("Amount-1.250,00 €", where OCR lost the space); a minus after a digit is a dash ("2026-11-03").
 */
final class AmountFinder {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![0-9.,])(?<s1>[-+]\\s*)?(?:(?<pre>" + Currencies.PREFIX_REGEX + ")\\s*)?(?<s2>[-+]\\s*)?"
            + "(?<num>\\d[\\d.,]*\\d|\\d)(?:\\s*(?<post>" + Currencies.SUFFIX_REGEX + "))?(?![0-9])");
    static final Pattern AMOUNT_LABELS = Labels.anyOf(List.of("金额", "实付", "实收", "合计", "总计", "总额", "应付",
            "手续费", "服务费", "余额", "优惠", "Amount", "Total", "Subtotal", "Fee", "Fees", "Balance", "You paid",
            "You sent", "You received"));
    private static final Pattern TWO_DECIMALS = Pattern.compile("[\\d,.]*[.,]\\d{2}");
    private static final Pattern LABEL_GAP = Pattern.compile("[\\s:：]*[^\\d]{0,4}");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern HEADLINE = Pattern.compile(
            "[-+]?\\s*\\d{1,3}(?:,\\d{3})*\\.\\d{2}|[-+]?\\s*\\d+\\.\\d{2}|[-+]?\\s*\\d{1,3}(?:\\.\\d{3})*,\\d{2}");

    private AmountFinder() {
    }

    /**
     * @param afterAmountLabel true when the previous line is an amount label standing alone
     */
    static List<Hit<ShownAmount>> find(String text, boolean afterAmountLabel) {
        List<Hit<ShownAmount>> hits = new ArrayList<>();
        if (!LineText.hasDigit(text)) {
            return hits;
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            Optional<ShownAmount> amount = read(m, text, afterAmountLabel);
            amount.ifPresent(a -> hits.add(new Hit<>(a, m.start(), m.end())));
        }
        return hits;
    }

    private static Optional<ShownAmount> read(Matcher m, String text, boolean afterAmountLabel) {
        String pre = m.group("pre");
        String post = m.group("post");
        if (pre != null && m.group("s1") == null && isLetters(pre) && m.start() > 0
                && Character.isLetter(text.charAt(m.start() - 1))) {
            return Optional.empty();
        }
        if (post != null && isLetters(post) && m.end() < text.length() && Character.isLetter(text.charAt(m.end()))) {
            post = null; // "50 USDT" is not dollars; keep the number if the context still makes it an amount
        }
        if (m.group("s1") != null && m.group("s2") != null) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = parseNumber(m.group("num"));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        boolean negative = "-".equals(sign(m.group("s1"))) || "-".equals(sign(m.group("s2")));
        BigDecimal value = negative ? number.get().negate() : number.get();
        if (pre == null && post == null) {
            return bareAmountAllowed(m, text, afterAmountLabel) ? Optional.of(new ShownAmount(value, null))
                    : Optional.empty();
        }
        return Optional.of(new ShownAmount(value, currency(pre, post)));
    }

    private static Currency currency(String pre, String post) {
        if (Currencies.isCode(post) || pre == null) {
            return Currencies.of(post).orElse(null);
        }
        if (Currencies.isCode(pre) || post == null) {
            return Currencies.of(pre).orElse(null);
        }
        return Currencies.of(pre).orElse(null);
    }

    private static boolean bareAmountAllowed(Matcher m, String text, boolean afterAmountLabel) {
        String num = m.group("num");
        if (!TWO_DECIMALS.matcher(num).matches()) {
            return false;
        }
        if (afterAmountLabel && text.substring(0, m.start()).isBlank()) {
            return true;
        }
        Matcher label = AMOUNT_LABELS.matcher(text);
        while (label.find()) {
            if (label.end() <= m.start() && LABEL_GAP.matcher(text.substring(label.end(), m.start())).matches()) {
                return true;
            }
        }
        return HEADLINE.matcher(text.strip()).matches();
    }

    private static String sign(String group) {
        return group == null ? null : group.strip();
    }

    private static boolean isLetters(String marker) {
        return marker.chars().allMatch(Character::isLetter);
    }

    /** The number in the separator convention described on the class, or empty when it is not an amount. */
    static Optional<BigDecimal> parseNumber(String num) {
        int lastDot = num.lastIndexOf('.');
        int lastComma = num.lastIndexOf(',');
        String integer;
        String fraction = "";
        char group;
        if (lastDot >= 0 && lastComma >= 0) {
            int dec = Math.max(lastDot, lastComma);
            group = lastDot > lastComma ? ',' : '.';
            integer = num.substring(0, dec);
            fraction = num.substring(dec + 1);
            if (fraction.isEmpty() || fraction.length() > 2 || !fraction.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
        } else if (lastDot >= 0 || lastComma >= 0) {
            char mark = lastDot >= 0 ? '.' : ',';
            int first = num.indexOf(mark);
            int last = num.lastIndexOf(mark);
            int after = num.length() - last - 1;
            if (first == last && after <= 2) {
                integer = num.substring(0, last);
                fraction = num.substring(last + 1);
                group = 0;
            } else {
                integer = num;
                group = mark;
            }
        } else {
            integer = num;
            group = 0;
        }
        if (!validGrouping(integer, group)) {
            return Optional.empty();
        }
        String digits = group == 0 ? integer : integer.replace(String.valueOf(group), "");
        if (digits.length() > 12) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
    }

    private static boolean validGrouping(String integer, char group) {
        if (group == 0) {
            return !integer.isEmpty() && integer.chars().allMatch(Character::isDigit);
        }
        return (group == ',' ? COMMA_GROUPS : DOT_GROUPS).matcher(integer).matches();
    }
}
