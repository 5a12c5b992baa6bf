package io.casevault.domain.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unmasked personal data on one line: e-mail addresses, 18-character resident ID numbers (check character and birth
 * date verified), bank card numbers (16–19 digits, alone or in groups of four, Luhn-valid) and mainland mobile
 * numbers (11 digits from 13–19, with an optional +86 or 86 and a space or dash after the 3rd and 7th digit).
 * <p>
 * The rule for numbers that are something else: an amount, or a transaction or order number read beside its label,
 * is that and never sensitive data, whatever its digits happen to satisfy (a 19-digit order number after 订单号 that
 * passes Luhn is an order number, not a card). The caller passes their places as protected ranges. Masked numbers
 * ({@code 138****5678}) are already safe and are not matched.
 */
final class SensitiveFinder {
    private static final String EDGE = "(?<![0-9A-Za-z*•●])";
    private static final String END = "(?![0-9A-Za-z*•●])";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+*•●-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"
            + "(?![A-Za-z0-9])");
    private static final Pattern RESIDENT_ID = Pattern.compile(EDGE + "\\d{6}\\s?\\d{8}\\s?\\d{3}[\\dXx]" + END);
    private static final Pattern DIGIT_GROUPS = Pattern.compile(EDGE + "\\d+(?:[ -]\\d+)*" + END);
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[ -]");
    /** The fewest digits of a resident ID (17 and a check character), a card number and a mobile number. */
    private static final int ID_DIGITS = 17;
    private static final int CARD_DIGITS = 16;
    private static final int MOBILE_DIGITS = 11;
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z*•●+]|\\d-)(?:\\+?86[\\s-]?)?1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?![0-9*•●]|-\\d)");

    private SensitiveFinder() {
    }

    /**
     * @param protectedRanges [start, end) ranges of the normalised text holding amounts and references
     */
    static List<Hit<SensitiveKind>> find(String text, List<int[]> protectedRanges) {
        List<Hit<SensitiveKind>> hits = new ArrayList<>();
        if (!LineText.hasDigit(text) && text.indexOf('@') < 0) {
            return hits;
        }
        if (text.indexOf('@') >= 0) {
            add(hits, EMAIL.matcher(text), SensitiveKind.EMAIL, protectedRanges);
        }
        // a finder whose numbers have more digits than the line is skipped: it would find nothing
        int digits = LineText.digits(text);
        Matcher id = RESIDENT_ID.matcher(text);
        while (digits >= ID_DIGITS && id.find()) {
            if (CheckDigits.residentId(id.group().replace(" ", ""))) {
                keep(hits, new Hit<>(SensitiveKind.RESIDENT_ID, id.start(), id.end()), protectedRanges);
            }
        }
        if (digits >= CARD_DIGITS) {
            cards(text, hits, protectedRanges);
        }
        if (digits >= MOBILE_DIGITS) {
            add(hits, MOBILE.matcher(text), SensitiveKind.MOBILE, protectedRanges);
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void add(List<Hit<SensitiveKind>> hits, Matcher m, SensitiveKind kind, List<int[]> protectedRanges) {
        while (m.find()) {
            keep(hits, new Hit<>(kind, m.start(), m.end()), protectedRanges);
        }
    }

    /** A run of digit groups is a card when it is 16–19 digits in groups of four (the last 1–4) or one group. */
    private static void cards(String text, List<Hit<SensitiveKind>> hits, List<int[]> protectedRanges) {
        Matcher m = DIGIT_GROUPS.matcher(text);
        while (m.find()) {
            String[] groups = GROUP_SEPARATOR.split(m.group());
            String digits = String.join("", groups);
            if (groups.length > 1 && isFourGrouped(groups) && isCard(digits)) {
                keep(hits, new Hit<>(SensitiveKind.BANK_CARD, m.start(), m.end()), protectedRanges);
                continue;
            }
            int at = m.start();
            for (String g : groups) {
                int start = text.indexOf(g, at);
                if (isCard(g)) {
                    keep(hits, new Hit<>(SensitiveKind.BANK_CARD, start, start + g.length()), protectedRanges);
                }
                at = start + g.length();
            }
        }
    }

    private static boolean isFourGrouped(String[] groups) {
        for (int i = 0; i < groups.length - 1; i++) {
            if (groups[i].length() != 4) {
                return false;
            }
        }
        int last = groups[groups.length - 1].length();
        return last >= 1 && last <= 4;
    }

    private static boolean isCard(String digits) {
        return digits.length() >= 16 && digits.length() <= 19 && CheckDigits.luhn(digits);
    }

    private static void keep(List<Hit<SensitiveKind>> hits, Hit<SensitiveKind> hit, List<int[]> protectedRanges) {
        boolean taken = hits.stream().anyMatch(h -> h.overlaps(hit.start(), hit.end()))
                || protectedRanges.stream().anyMatch(r -> hit.overlaps(r[0], r[1]));
        if (!taken) {
            hits.add(hit);
        }
    }
}
