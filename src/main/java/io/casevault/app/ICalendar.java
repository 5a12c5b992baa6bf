package io.casevault.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 5545 calendar of all-day events: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, and TEXT values escaped ({@code \\ ; ,} and line breaks). Deadlines are local dates, so events are
 * "floating" all-day dates (DTSTART;VALUE=DATE) that stay on their day in any time zone.
 */
final class ICalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** One all-day event; {@code alarm} adds a reminder the day before. */
    record Event(String uid, LocalDate day, String summary, String description, boolean alarm) {
    }

    private final List<String> lines = new ArrayList<>();

    ICalendar(String name) {
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//CaseVault//Complaint deadlines//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + escape(name));
    }

    ICalendar add(Event e, Instant stamp) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + e.uid());
        lines.add("DTSTAMP:" + STAMP.format(stamp));
        lines.add("DTSTART;VALUE=DATE:" + DAY.format(e.day()));
        lines.add("DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
        lines.add("SUMMARY:" + escape(e.summary()));
        if (!e.description().isEmpty()) {
            lines.add("DESCRIPTION:" + escape(e.description()));
        }
        lines.add("TRANSP:TRANSPARENT");
        if (e.alarm()) {
            lines.add("BEGIN:VALARM");
            lines.add("ACTION:DISPLAY");
            lines.add("TRIGGER:-P1D");
            lines.add("DESCRIPTION:" + escape(e.summary()));
            lines.add("END:VALARM");
        }
        lines.add("END:VEVENT");
        return this;
    }

    byte[] bytes() {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line));
        }
        out.append("END:VCALENDAR\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** The line with CRLF, split into 75-octet pieces; continuation lines start with one space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
