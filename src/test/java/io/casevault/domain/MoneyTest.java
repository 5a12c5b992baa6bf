package io.casevault.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void parsesThousandsSeparatorsAndRmb() {
        Money m = Money.parse("1,234.50", "rmb");
        assertThat(m.amount()).isEqualByComparingTo("1234.5");
        assertThat(m.currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(m.display()).isEqualTo("1234.50 CNY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5x", "abc", "1.2.3", ""})
    void rejectsAmountsThatAreNotNumbers(String text) {
        assertThatThrownBy(() -> Money.parse(text, "CNY")).isInstanceOf(DomainException.class);
    }

    @Test
    void rejectsUnknownCurrency() {
        assertThatThrownBy(() -> Money.parse("1", "XYZW")).hasMessageContaining("ISO 4217");
    }

    @Test
    void sumsExactlyWhereDoublesWouldDrift() {
        // seeded: 10,000 amounts of 0.01–99.99 add up to the cent
        Random random = new Random(20261125);
        Money sum = new Money(BigDecimal.ZERO, Money.parseCurrency("CNY"));
        long cents = 0;
        for (int i = 0; i < 10_000; i++) {
            int c = 1 + random.nextInt(9999);
            cents += c;
            sum = sum.plus(new Money(BigDecimal.valueOf(c, 2), sum.currency()));
        }
        assertThat(sum.amount()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.parse("1", "CNY").plus(Money.parse("1", "USD"))).hasMessageContaining("USD");
    }
}
