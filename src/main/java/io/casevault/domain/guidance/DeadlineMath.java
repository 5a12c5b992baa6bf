package io.casevault.domain.guidance;

import io.casevault.domain.Checks;
import io.casevault.domain.DomainException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Deadline arithmetic on local dates: a period of calendar or working days that starts on a day. */
public final class DeadlineMath {
    /** Longer periods are typing mistakes, not complaint rules. */
    public static final int MAX_DAYS = 3650;

    private DeadlineMath() {
    }

    /**
     * The last day of a period of {@code days} that starts on {@code start}: "within 15 days of receipt" counts from
     * the day after receipt, so the result is {@code start + 15}. Working days skip Saturdays and Sundays; when the
     * start itself is a weekend day, counting still begins on the next working day.
     */
    public static LocalDate due(LocalDate start, int days, DayCount count) {
        Checks.notNull(start, "Start date");
        Checks.notNull(count, "Day count");
        if (days < 0 || days > MAX_DAYS) {
            throw new DomainException("A period must be 0 to " + MAX_DAYS + " days, not " + days + ".");
        }
        if (count == DayCount.CALENDAR) {
            return start.plusDays(days);
        }
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /** The local day on which something happened, in the zone it happened in. */
    public static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(Checks.notNull(at, "Time"), Checks.notNull(zone, "Time zone"));
    }

    /** Calendar days from today to the due day; negative when the day has passed. */
    public static long daysLeft(LocalDate today, LocalDate due) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
