package io.casevault.cli;

import io.casevault.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses option values with messages that name the option and show a valid example. */
final class CliParse {
    private CliParse() {
    }

    /** An instant and the zone it was written in; a time without offset is in this machine's zone. */
    record ZonedInstant(Instant instant, ZoneId zone) {
    }

    static ZonedInstant dateTime(String option, String text, ZoneId localZone) {
        String t = text == null ? "" : text.strip().replace(' ', 'T');
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}(:?\\d{2})?$")) {
                if (t.contains("[")) {
                    ZonedDateTime z = ZonedDateTime.parse(t);
                    return new ZonedInstant(z.toInstant(), z.getZone());
                }
                OffsetDateTime o = OffsetDateTime.parse(t);
                return new ZonedInstant(o.toInstant(), t.endsWith("Z") ? ZoneId.of("UTC") : o.getOffset());
            }
            if (t.contains("[")) {
                ZonedDateTime z = ZonedDateTime.parse(t);
                return new ZonedInstant(z.toInstant(), z.getZone());
            }
            LocalDateTime local = t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            return new ZonedInstant(local.atZone(localZone).toInstant(), localZone);
        } catch (DateTimeParseException e) {
            throw new DomainException(option + " \"" + text + "\" is not a date and time like 2026-11-20T14:30 or "
                    + "2026-11-20T14:30+08:00.");
        }
    }

    static ZoneId zone(String option, String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (java.time.DateTimeException e) {
            throw new DomainException(option + " \"" + text + "\" is not a time zone such as Asia/Shanghai, "
                    + "Europe/Berlin or UTC.");
        }
    }

    static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(option + " \"" + text + "\" is not a date like 2026-12-01.");
        }
    }

    /** Case-insensitive enum names, with - or space for _, e.g. {@code in-app-chat}. */
    static <E extends Enum<E>> E choice(String option, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new DomainException(option + " \"" + text + "\" is not one of " + names(type) + ".");
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CliParse::name).collect(Collectors.joining(", "));
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static int positiveInt(String option, String text) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new DomainException(option + " \"" + text + "\" is not a positive whole number.");
    }

    static long id(String what, String text) {
        try {
            long v = Long.parseLong(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new DomainException(what + " \"" + text
                + "\" is not a valid id (a positive number, as `case list` shows).");
    }
}
