package io.casevault.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A transaction's identity in hashed collections: its hash is its id's, and agrees with equality. */
class TransactionTest {
    private static Transaction tx(long id, String note) {
        return new Transaction(id, 7, Instant.parse("2026-11-03T06:30:00Z"), ZoneId.of("Asia/Shanghai"),
                new Money(new BigDecimal("1250.00"), Currency.getInstance("CNY")), Direction.OUT, "张三", "2026110322",
                null, null, null, note, TransactionSource.MANUAL, Instant.EPOCH, null);
    }

    @Test
    void equalTransactionsHashAlikeAndAnEditedOneIsAnotherElement() {
        assertThat(tx(3, "a")).isEqualTo(tx(3, "a")).hasSameHashCodeAs(tx(3, "a"));
        assertThat(tx(3, "a").hashCode()).isEqualTo(Long.hashCode(3));

        Set<Transaction> set = new HashSet<>(Set.of(tx(3, "a"), tx(4, "a")));
        assertThat(set).contains(tx(3, "a")).doesNotContain(tx(3, "edited"), tx(5, "a"));
        set.add(tx(3, "edited"));
        assertThat(set).hasSize(3);
    }
}
