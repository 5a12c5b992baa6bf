package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AmountFinderTest {

    private static List<ShownAmount> amounts(String line) {
        return AmountFinder.find(LineText.of(line).text(), false).stream().map(Hit::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "¥1,250.00            | 1250.00  | CNY",
        "￥-386.50             | -386.50  | CNY",
        "-¥386.50             | -386.50  | CNY",
        "-$125.00 USD         | -125.00  | USD",
        "1.250,00 €           | 1250.00  | EUR",
        "€12,50               | 12.50    | EUR",
        "1,250.00元           | 1250.00  | CNY",
        "50元                 | 50       | CNY",
        "HK$1,000.50          | 1000.50  | HKD",
        "US$12.00             | 12.00    | USD",
        "RMB 88.00            | 88.00    | CNY",
        "88.00 CNY            | 88.00    | CNY",
        "$125.00 CAD          | 125.00   | CAD",
        "JP¥500               | 500      | JPY",
        "£9.99                | 9.99     | GBP",
        "+¥20.00              | 20.00    | CNY",
        "−$5.00               | -5.00    | USD",
        "￥１，２５０．００      | 1250.00  | CNY",
        "100.00美元            | 100.00   | USD",
        "实付款¥1,250.00张三    | 1250.00  | CNY",
        "共3笔 合计¥99.90      | 99.90    | CNY",
        "$1,234,567.89        | 1234567.89 | USD",
        "Amount-1.250,00 €    | -1250.00 | EUR",
        "Fee$0.79 USD         | 0.79     | USD",
    })
    void readsAmountsWithTheirCurrencyAndSign(String line, String value, String currency) {
        assertThat(amounts(line))
                .containsExactly(new ShownAmount(new BigDecimal(value), Currency.getInstance(currency)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "付款金额 -386.50      | -386.50",
        "金额：1,250.00        | 1250.00",
        "Total: 99.00         | 99.00",
        "-386.50              | -386.50",
        "+1,250.00            | 1250.00",
    })
    void aBareNumberBesideAPaymentLabelOrAloneIsAnAmountOfUnknownCurrency(String line, String value) {
        assertThat(amounts(line)).containsExactly(new ShownAmount(new BigDecimal(value), null));
    }

    @Test
    void aBareNumberUnderAnAmountLabelStandingAloneIsAnAmount() {
        assertThat(AmountFinder.find("386.50", true)).extracting(Hit::value)
                .containsExactly(new ShownAmount(new BigDecimal("386.50"), null));
        assertThat(AmountFinder.find("共 386.50 积分", true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-03 14:30:12", "订单号 2026110322001456789", "共3笔", "版本 12.50 更新说明",
        "50 USDT", "¥", "1,25,0 元", "尾号1234", "14:35 4G 85%", "03.11.2026", "2026.11.03", "¥1234567890123",
        "138****5678", "余额宝 7日年化 1.85%", "Nov 3, 2026, 2:30 PM"})
    void numbersThatAreNotAmountsAreNotRead(String line) {
        assertThat(amounts(line)).isEmpty();
    }

    @Test
    void twoAmountsOnOneLineKeepTheirOwnSymbols() {
        assertThat(amounts("¥1,250.00 ¥20.00")).containsExactly(
                new ShownAmount(new BigDecimal("1250.00"), Currency.getInstance("CNY")),
                new ShownAmount(new BigDecimal("20.00"), Currency.getInstance("CNY")));
    }

    @ParameterizedTest
    @CsvSource({"1250,1250", "'1,250',1250", "'1.250',1250", "'12,5',12.5", "'1.250,00',1250.00",
        "'1,250.00',1250.00", "'1,234,567.8',1234567.8", "0.01,0.01"})
    void separatorsFollowTheDocumentedRule(String number, String expected) {
        assertThat(AmountFinder.parseNumber(number)).hasValue(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,25,0", "12.345.6", "1.2.3", "1,2345", "1234567890123", "1.250,000"})
    void malformedNumbersAreRefused(String number) {
        assertThat(AmountFinder.parseNumber(number)).isEmpty();
    }

    /** Seeded: random amounts written in every style the screens use read back to the cent, with their currency. */
    @Test
    void randomAmountsInEveryStyleReadBackExactly() {
        Random random = new Random(20261103);
        for (int i = 0; i < 5_000; i++) {
            long cents = random.nextInt(5) == 0 ? random.nextInt(100) : (long) (random.nextDouble() * 10_000_000_000L);
            BigDecimal value = BigDecimal.valueOf(cents, 2);
            boolean negative = random.nextBoolean();
            AmountStyle style = AmountStyle.values()[random.nextInt(AmountStyle.values().length)];
            String line = style.write(value, negative, random);
            BigDecimal expected = negative ? value.negate() : value;
            assertThat(amounts(line)).as(line)
                    .containsExactly(new ShownAmount(expected, Currency.getInstance(style.currency())));
        }
    }
}
