package io.casevault.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowFilterTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static StatementRow row(String instant, ZoneId zone, String amount, String counterparty) {
        return new StatementRow(5, Instant.parse(instant), zone, Money.parse(amount, "CNY"), Direction.OUT,
                counterparty, null, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        // 31 Oct 17:00 UTC is 1 November 01:00 in Shanghai: the day the statement shows
        "2026-10-31T17:00:00Z, Asia/Shanghai, true",
        "2026-10-31T17:00:00Z, UTC, false",
        "2026-11-05T15:59:59Z, Asia/Shanghai, true",
        "2026-11-05T16:00:00Z, Asia/Shanghai, false"})
    void daysAreTheStatementsOwnDaysBothEndsIncluded(String at, String zone, boolean taken) {
        RowFilter november = RowFilter.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5));
        assertThat(november.test(row(at, ZoneId.of(zone), "1", "店"))).isEqualTo(taken);
    }

    @Test
    void counterpartiesMatchWithoutCaseOrSpacesAndARowWithoutOneIsNotTaken() {
        RowFilter shops = RowFilter.counterparties(Set.of(" Coffee Bar", "张三"));
        assertThat(shops.test(row("2026-11-01T04:00:00Z", SHANGHAI, "1", "coffee bar"))).isTrue();
        assertThat(shops.test(row("2026-11-01T04:00:00Z", SHANGHAI, "1", "张三 "))).isTrue();
        assertThat(shops.test(row("2026-11-01T04:00:00Z", SHANGHAI, "1", "李四"))).isFalse();
        assertThat(shops.test(row("2026-11-01T04:00:00Z", SHANGHAI, "1", null))).isFalse();
    }

    @Test
    void everyGivenConditionMustHoldAndNoneTakesEverything() {
        Random random = new Random(13);
        RowFilter all = new RowFilter(null, null, Set.of(), null, null);
        RowFilter both = new RowFilter(LocalDate.of(2026, 11, 1), null, Set.of("A"), new BigDecimal("10"),
                new BigDecimal("20"));
        assertThat(all.isEmpty()).isTrue();
        assertThat(both.isEmpty()).isFalse();
        for (int i = 0; i < 200; i++) {
            String day = "2026-10-" + (20 + random.nextInt(12)) + "T04:00:00Z";
            int amount = random.nextInt(30);
            String who = random.nextBoolean() ? "A" : "B";
            StatementRow r = row(day.replace("10-31", "11-01").replace("10-30", "11-02"), SHANGHAI,
                    String.valueOf(amount), who);
            LocalDate shown = r.at().atZone(SHANGHAI).toLocalDate();
            assertThat(all.test(r)).isTrue();
            assertThat(both.test(r)).as("%s %s %s", shown, amount, who).isEqualTo(
                    !shown.isBefore(LocalDate.of(2026, 11, 1)) && who.equals("A") && amount >= 10 && amount <= 20);
        }
    }

    @Test
    void boundsTheWrongWayRoundAreRefusedWithASentence() {
        assertThatThrownBy(() -> RowFilter.days(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 1)))
                .hasMessage("The last day 2026-11-01 is before the first day 2026-11-05.");
        assertThatThrownBy(() -> RowFilter.amounts(new BigDecimal("20"), new BigDecimal("10.5")))
                .hasMessage("The largest amount 10.5 is below the smallest 20.");
    }
}
