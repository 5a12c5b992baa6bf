package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recogniser drops the euro sign ("-1.250,00 €" comes back as "-1.250,00"); a page written in euros is read as
 * euros, and nothing else is.
 */
class UnreadEuroSignTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<String> AROUND = List.of("12:09 4G 85%", "Transfer details", "Date", "02.04.2024",
            "Reference REF202404025675126726", "To", "ACME Inc.", "Completed", "Contact: user8774@example.com");

    private static List<ShownAmount> amounts(String... lines) {
        return ScreenshotReading.read(Lines.of(lines), 2026).amounts().stream().map(Found::value).toList();
    }

    /** Each page as the recogniser returns it, '/' between lines. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Amount: -243,15                         | -243.15",
        "Amount/-1.250,00                        | -1250.00",
        "Transfer details/-915.762,39/Completed   | -915762.39",
        "Total 8,90                              | 8.90",
        "Amount-1.250,00                         | -1250.00",
        "Amount:-32,19/Date:09.10.2024            | -32.19",
        "You paid/12,50                          | 12.50",
    })
    void anAmountInEuroNotationWhoseSignWasDroppedIsInEuros(String page, String value) {
        assertThat(amounts(page.split("/"))).containsExactly(new ShownAmount(new BigDecimal(value), EUR));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Amount 1.250,00 kr                      | 1250.00",
        "Total: 99,90 Points                     | 99.90",
        "付款金额 -1.250,00                        | -1250.00",
        "Amount: -386.50                         | -386.50",
        "Amount: -125.00                         | -125.00",
        "Amount: -243,15/Fee 2.50                | -243.15",
    })
    void otherwiseABareNumberStaysOfUnknownCurrency(String page, String value) {
        assertThat(amounts(page.split("/"))).first().isEqualTo(new ShownAmount(new BigDecimal(value), null));
    }

    @Test
    void anotherCurrencyOnThePageKeepsTheNumberUnknown() {
        assertThat(amounts("Amount: -243,15", "Fee ¥2.00")).containsExactly(
                new ShownAmount(new BigDecimal("-243.15"), null),
                new ShownAmount(new BigDecimal("2.00"), Currency.getInstance("CNY")));
    }

    @Test
    void aSignSeenOnThePageStillCounts() {
        assertThat(amounts("Amount: -243,15", "Fee 1,50 €")).containsExactly(
                new ShownAmount(new BigDecimal("-243.15"), EUR), new ShownAmount(new BigDecimal("1.50"), EUR));
    }

    @Test
    void theCurrencyReadFromTheNotationIsLessSureThanTheLine() {
        List<TextLine> lines = Lines.of("Amount: -243,15");
        Found<ShownAmount> found = ScreenshotReading.read(lines, 2026).amounts().get(0);
        assertThat(found.confidence()).isCloseTo(lines.get(0).confidence() * UnreadEuroSign.CONFIDENCE,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Seeded: euro amounts whose sign was dropped, among an English page's other lines, read back as euros. */
    @Test
    void randomEuroPagesWithoutTheirSignReadBackAsEuros() {
        Random random = new Random(20261206);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal value = value(random);
            boolean negative = random.nextBoolean();
            String number = (negative ? "-" : "") + AmountStyle.group(value, '.', ',');
            String amountLine = switch (random.nextInt(4)) {
                case 0 -> "Amount" + List.of("", " ", ": ", ":").get(random.nextInt(4)) + number;
                case 1 -> "Total " + number;
                default -> number;
            };
            List<String> page = page(random, amountLine, random.nextInt(4) == 0 ? "Amount" : null);
            assertThat(amounts(page.toArray(String[]::new))).as(String.join(" / ", page))
                    .containsExactly(new ShownAmount(negative ? value.negate() : value, EUR));
        }
    }

    /**
     * Seeded negatives: the same numbers with another unit beside them, on a Chinese line, beside an amount in another
     * currency or with a decimal point: never read as euros.
     */
    @Test
    void randomPagesThatAreNotInEurosAreNeverReadAsEuros() {
        Random random = new Random(20261207);
        int amountsRead = 0;
        for (int i = 0; i < 2_000; i++) {
            BigDecimal value = value(random);
            String euroNotation = AmountStyle.group(value, '.', ',');
            String line = switch (random.nextInt(6)) {
                case 0 -> "Amount " + euroNotation + " " + List.of("kr", "zł", "Kč", "Ft", "Points", "USDT")
                        .get(random.nextInt(6));
                case 1 -> List.of("付款金额 ", "金额：", "实付 ").get(random.nextInt(3)) + euroNotation;
                case 2 -> "Amount: " + AmountStyle.group(value, ',', '.');
                case 3 -> "Amount: " + euroNotation + "\nFee " + List.of("¥", "$", "£", "HK$").get(random.nextInt(4))
                        + "1.00";
                case 4 -> "Amount: " + euroNotation + "\nFee 0.50";
                default -> "R$ " + euroNotation;
            };
            List<String> page = page(random, null, null);
            page.addAll(Math.min(1, page.size()), List.of(line.split("\n")));
            List<ShownAmount> read = amounts(page.toArray(String[]::new));
            amountsRead += read.size();
            assertThat(read).as(String.join(" / ", page)).noneMatch(a -> EUR.equals(a.currency()));
        }
        assertThat(amountsRead).isGreaterThan(2_000);
    }

    private static BigDecimal value(Random random) {
        long cents = random.nextInt(4) == 0 ? 1 + random.nextInt(10_000) : 1 + (long) (random.nextDouble() * 1e10);
        return BigDecimal.valueOf(cents, 2);
    }

    /** A few of an English page's lines in their order, with the amount line (and its label above) in the middle. */
    private static List<String> page(Random random, String amountLine, String labelAbove) {
        List<String> lines = new ArrayList<>();
        for (String l : AROUND) {
            if (random.nextInt(3) > 0) {
                lines.add(l);
            }
        }
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        if (amountLine != null) {
            lines.add(at, amountLine);
            if (labelAbove != null && !amountLine.startsWith("Amount") && !amountLine.startsWith("Total")) {
                lines.add(at, labelAbove);
            }
        }
        return lines;
    }
}
