package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A date or date and time a screenshot shows, in the wall-clock time of the screen (screens rarely say their zone).
 * With {@link Precision#DAY} the time of day is midnight and means nothing.
 */
public record ShownTime(LocalDateTime at, Precision precision) {
    private static final DateTimeFormatter DAY_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter MINUTE_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** How much of the moment the screen showed. */
    public enum Precision {
        DAY, MINUTE, SECOND
    }

    public ShownTime {
        if (at == null || precision == null) {
            throw new DomainException("A shown time needs its moment and precision.");
        }
        if (precision == Precision.DAY && !at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                || precision == Precision.MINUTE && at.getSecond() != 0 || at.getNano() != 0) {
            throw new DomainException("A shown time of precision " + precision + " cannot carry " + at + ".");
        }
    }

    public static ShownTime day(LocalDate date) {
        return new ShownTime(date.atStartOfDay(), Precision.DAY);
    }

    public LocalDate date() {
        return at.toLocalDate();
    }

    /** The moment as far as it was shown: {@code 2026-11-03}, {@code 2026-11-03 14:30} or with seconds. */
    public String display() {
        return at.format(switch (precision) {
            case DAY -> DAY_SHOWN;
            case MINUTE -> MINUTE_SHOWN;
            case SECOND -> SECOND_SHOWN;
        });
    }
}
