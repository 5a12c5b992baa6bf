package io.casevault.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * When the problem happened: an exact day, "around" a day, or a range of days. Deadlines run from {@link #earliest()}
 * so that an uncertain date never makes a deadline look later than it may be.
 */
public record IncidentDate(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { EXACT, AROUND, RANGE }

    public IncidentDate {
        Checks.notNull(kind, "Incident date kind");
        Checks.notNull(from, "Incident date");
        if (kind != Kind.RANGE) {
            to = from;
        } else if (to == null || to.isBefore(from)) {
            throw new DomainException(Reason.of("incident.rangeOrder",
                    "Incident date range must end on or after " + from + ".", from));
        }
    }

    public static IncidentDate exact(LocalDate day) {
        return new IncidentDate(Kind.EXACT, day, day);
    }

    public static IncidentDate around(LocalDate day) {
        return new IncidentDate(Kind.AROUND, day, day);
    }

    public static IncidentDate range(LocalDate from, LocalDate to) {
        return new IncidentDate(Kind.RANGE, from, to);
    }

    /** Parses {@code 2026-11-03}, {@code ~2026-11-03} (around) or {@code 2026-11-01..2026-11-05} (range). */
    public static IncidentDate parse(String text) {
        String t = Checks.required(text, "Incident date");
        try {
            if (t.startsWith("~")) {
                return around(LocalDate.parse(t.substring(1).strip()));
            }
            int dots = t.indexOf("..");
            if (dots > 0) {
                return range(LocalDate.parse(t.substring(0, dots).strip()), LocalDate.parse(t.substring(dots + 2)
                        .strip()));
            }
            return exact(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new DomainException(Reason.of("incident.format", "Incident date \"" + t
                    + "\" is not a date like 2026-11-03, ~2026-11-03 or 2026-11-01..2026-11-05.", t));
        }
    }

    public LocalDate earliest() {
        return from;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EXACT -> from.toString();
            case AROUND -> "~" + from;
            case RANGE -> from + ".." + to;
        };
    }
}
