package io.casevault.domain;

import io.casevault.domain.understanding.ShownTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When an exhibit's content happened, as the exhibit shows it (the payment time on a screenshot), accepted by the
 * user: the instant, the zone the shown wall-clock time was read in, and how precise the screen was.
 */
public record EventTime(Instant at, ZoneId zone, ShownTime.Precision precision) {

    public EventTime {
        Checks.notNull(at, "Event time");
        Checks.notNull(zone, "Event time zone");
        Checks.notNull(precision, "Event time precision");
    }

    /** A time shown on a screen, read as wall-clock time in {@code zone}. */
    public static EventTime of(ShownTime shown, ZoneId zone) {
        return new EventTime(shown.at().atZone(zone).toInstant(), zone, shown.precision());
    }

    /** The time as the screen showed it: {@code 2026-11-03 14:30} (with seconds, or the day only, as shown). */
    public String display() {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return new ShownTime(switch (precision) {
            case DAY -> local.toLocalDate().atStartOfDay();
            case MINUTE -> local.withSecond(0).withNano(0);
            case SECOND -> local.withNano(0);
        }, precision).display();
    }
}
