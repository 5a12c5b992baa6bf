package io.casevault.domain.guidance;

import io.casevault.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineMathTest {

    @Test
    void calendarDaysCrossMonthEndsAndYearEnds() {
        assertThat(DeadlineMath.due(LocalDate.of(2026, 1, 31), 30, DayCount.CALENDAR))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(DeadlineMath.due(LocalDate.of(2026, 12, 20), 15, DayCount.CALENDAR))
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void leapYearsHaveTheTwentyNinthOfFebruary() {
        assertThat(DeadlineMath.due(LocalDate.of(2028, 2, 14), 15, DayCount.CALENDAR))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DeadlineMath.due(LocalDate.of(2027, 2, 14), 15, DayCount.CALENDAR))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(DeadlineMath.due(LocalDate.of(2028, 2, 28), 1, DayCount.WORKING))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void workingDaysSkipWeekends() {
        // Thursday 2026-11-19 + 7 working days: Fri 20, Mon 23 … Fri 27, Mon 30
        assertThat(DeadlineMath.due(LocalDate.of(2026, 11, 19), 7, DayCount.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // Friday + 1 working day is Monday
        assertThat(DeadlineMath.due(LocalDate.of(2026, 11, 20), 1, DayCount.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 23));
        // a complaint received on Saturday: counting starts on Monday
        assertThat(DeadlineMath.due(LocalDate.of(2026, 11, 21), 1, DayCount.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 23));
        // 15 business days (PSD2 / DISP 1.6.2A style) across a month end
        assertThat(DeadlineMath.due(LocalDate.of(2026, 11, 25), 15, DayCount.WORKING))
                .isEqualTo(LocalDate.of(2026, 12, 16));
    }

    @Test
    void theDayOfAContactIsTheLocalDayWhereItWasRecorded() {
        Instant lateEvening = Instant.parse("2026-11-20T16:30:00Z"); // 00:30 on the 21st in Shanghai
        assertThat(DeadlineMath.day(lateEvening, ZoneId.of("Asia/Shanghai"))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(DeadlineMath.day(lateEvening, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(DeadlineMath.day(lateEvening, ZoneId.of("America/Los_Angeles")))
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void daysLeftIsNegativeWhenOverdue() {
        assertThat(DeadlineMath.daysLeft(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 20))).isEqualTo(-5);
        assertThat(DeadlineMath.daysLeft(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1))).isEqualTo(2);
    }

    @Test
    void refusesNegativeAndAbsurdPeriods() {
        assertThatThrownBy(() -> DeadlineMath.due(LocalDate.of(2026, 1, 1), -1, DayCount.CALENDAR))
                .isInstanceOf(DomainException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> DeadlineMath.due(LocalDate.of(2026, 1, 1), 5000, DayCount.WORKING))
                .isInstanceOf(DomainException.class);
    }
}
