package io.casevault.domain.understanding;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The euro sign the recogniser cannot read. Its character set (PP-OCRv4's Chinese dictionary) has no "€", and the
 * sign is dropped rather than misread: "-1.250,00 €" comes back as "-1.250,00", "€ 12,50" as "12,50", "-€125.00" as
 * "-125.00". A bare number stays of unknown currency, with one exception, where the page leaves no other reading:
 * <ul>
 *   <li>the number is written in the euro notation, a decimal comma with two decimals and thousands grouped by dots
 *       ({@code 1.250,00}, {@code 243,15}), which no Chinese or English-language wallet uses for its own amounts;</li>
 *   <li>the line holds nothing else, or only an amount label before it ("Amount: -243,15"): a word such as "kr", "zł"
 *       or "Points" next to it names another unit, and an amount label is where the sign was;</li>
 *   <li>the line has no Chinese characters (a Chinese app writes 欧元 or EUR, and a comma there is a misread dot);</li>
 *   <li>nothing else on the page points elsewhere: no amount in another currency and no bare amount with a decimal
 *       point.</li>
 * </ul>
 * Such an amount is read as euros, a little less surely than the line was read ({@link #CONFIDENCE}), since the sign
 * itself was not seen. A dot-decimal number that lost its sign ("-125.00") stays of unknown currency.
 */
final class UnreadEuroSign {
    static final Currency EURO = Currency.getInstance("EUR");
    /** The share of the line's confidence an amount keeps when its currency comes from the notation. */
    static final double CONFIDENCE = 0.9;
    private static final Pattern SIGN = Pattern.compile("[-+]?\\s*");
    private static final Pattern COMMA_DECIMAL = Pattern.compile(SIGN + "\\d{1,3}(?:\\.\\d{3})*,\\d{2}");
    private static final Pattern DOT_DECIMAL = Pattern.compile(SIGN + "(?:\\d{1,3}(?:,\\d{3})*|\\d+)\\.\\d{2}");
    private static final Pattern BEFORE = Pattern.compile("(?:" + AmountFinder.AMOUNT_LABELS.pattern() + ")?"
            + "[\\s:]*", AmountFinder.AMOUNT_LABELS.flags());

    private UnreadEuroSign() {
    }

    /** The amounts found on a page, with euros where the page was written in euros and the sign was not read. */
    static List<Found<ShownAmount>> settle(List<Found<ShownAmount>> amounts, List<TextLine> lines) {
        if (amounts.stream().anyMatch(a -> pointsElsewhere(a, lines))) {
            return amounts;
        }
        List<Found<ShownAmount>> settled = new ArrayList<>(amounts.size());
        for (Found<ShownAmount> a : amounts) {
            settled.add(lostTheSign(a, lines) ? new Found<>(new ShownAmount(a.value().value(), EURO), a.line(),
                    a.start(), a.end(), a.confidence() * CONFIDENCE) : a);
        }
        return settled;
    }

    private static boolean pointsElsewhere(Found<ShownAmount> a, List<TextLine> lines) {
        Currency currency = a.value().currency();
        if (currency != null) {
            return !currency.equals(EURO);
        }
        return DOT_DECIMAL.matcher(shown(a, lines)).matches();
    }

    private static boolean lostTheSign(Found<ShownAmount> a, List<TextLine> lines) {
        if (a.value().currency() != null || !COMMA_DECIMAL.matcher(shown(a, lines)).matches()) {
            return false;
        }
        String line = lines.get(a.line()).text();
        if (line.codePoints().anyMatch(Character::isIdeographic)) {
            return false;
        }
        String before = LineText.of(line.substring(0, a.start())).text();
        String after = line.substring(a.end());
        return after.isBlank() && BEFORE.matcher(before).matches();
    }

    private static String shown(Found<ShownAmount> a, List<TextLine> lines) {
        return LineText.of(lines.get(a.line()).text().substring(a.start(), a.end())).text().strip();
    }
}
