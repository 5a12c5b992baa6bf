package io.casevault.importer.mail;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of Date and Received headers, leniently: RFC 5322 ({@code Mon, 4 Nov 2024 10:00:00 +0800}, with or without
 * the weekday, seconds or zone, two-digit years, the obsolete zone names), asctime ({@code Mon Nov  4 10:00:00 2024})
 * and ISO-like ({@code 2024-11-04 10:00:00}) as some Chinese mailers write. A date without a zone is taken in the zone
 * the caller gives (the user's own, as everywhere else in CaseVault) and marked as such.
 */
final class MailDates {
    private static final String ZONE = "([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?";
    private static final Pattern RFC = Pattern.compile("(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})"
            + "\\.?[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*" + ZONE);
    private static final Pattern ASCTIME = Pattern.compile("[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+"
            + "(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:" + ZONE.replace(")?", ")\\s+)?") + "(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[\\sT]+"
            + "(\\d{1,2}):(\\d{2})"
            + "(?::(\\d{2}))?(?:\\.\\d+)?\\s*" + ZONE);
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8),
            Map.entry("PDT", -7));
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private MailDates() {
    }

    /** The date in {@code value}, or empty when there is none that makes sense. */
    static Optional<MailDate> parse(String value, ZoneId assumed, MailDate.Source withZone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Matcher m = RFC.matcher(text);
            if (m.find()) {
                return build(year(m.group(3)), month(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6),
                        m.group(7), assumed, withZone);
            }
            m = ISO.matcher(text);
            if (m.find()) {
                return build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4),
                        m.group(5), m.group(6), m.group(7), assumed, withZone);
            }
            m = ASCTIME.matcher(text);
            if (m.find()) {
                return build(Integer.parseInt(m.group(7)), month(m.group(1)), m.group(2), m.group(3), m.group(4),
                        m.group(5), m.group(6), assumed, withZone);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<MailDate> build(int year, int month, String day, String hour, String minute,
            String second, String zone, ZoneId assumed, MailDate.Source withZone) {
        if (month < 1) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(day), Integer.parseInt(hour),
                Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        Optional<ZoneOffset> offset = offset(zone);
        if (offset.isPresent()) {
            return Optional.of(new MailDate(local.toInstant(offset.get()), offset.get(), withZone));
        }
        MailDate.Source source = withZone == MailDate.Source.DATE ? MailDate.Source.DATE_WITHOUT_ZONE : withZone;
        return Optional.of(new MailDate(local.atZone(assumed).toInstant(), assumed, source));
    }

    private static Optional<ZoneOffset> offset(String zone) {
        if (zone == null || zone.isEmpty()) {
            return Optional.empty();
        }
        if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = Integer.parseInt(digits.substring(3, 5));
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        Integer hours = ZONES.get(upper);
        if (hours != null) {
            return Optional.of(ZoneOffset.ofHours(hours));
        }
        // RFC 5322 §4.3: military single letters are unreliable and mean -0000, "time in UTC, zone unknown"
        return upper.length() == 1 ? Optional.of(ZoneOffset.UTC) : Optional.empty();
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return digits.length() == 3 ? 1900 + y : y;
    }

    private static int month(String name) {
        if (name.length() < 3) {
            return -1;
        }
        int i = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return i < 0 || i % 3 != 0 ? -1 : i / 3 + 1;
    }
}
