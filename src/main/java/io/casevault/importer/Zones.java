package io.casevault.importer;

import io.casevault.domain.Reason;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The time-zone column of PayPal exports: abbreviations such as PST, PDT, CET, CEST, UTC, or region ids. An
 * abbreviation fixes the offset (PDT is −07:00 whatever the date says); the row keeps the region for display.
 */
final class Zones {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private record Abbreviation(String region, int offsetMinutes) {
    }

    private static final Map<String, Abbreviation> ABBREVIATIONS = Map.ofEntries(
            Map.entry("PST", new Abbreviation("America/Los_Angeles", -480)),
            Map.entry("PDT", new Abbreviation("America/Los_Angeles", -420)),
            Map.entry("MST", new Abbreviation("America/Denver", -420)),
            Map.entry("MDT", new Abbreviation("America/Denver", -360)),
            Map.entry("CST", new Abbreviation("America/Chicago", -360)),
            Map.entry("CDT", new Abbreviation("America/Chicago", -300)),
            Map.entry("EST", new Abbreviation("America/New_York", -300)),
            Map.entry("EDT", new Abbreviation("America/New_York", -240)),
            Map.entry("GMT", new Abbreviation("UTC", 0)),
            Map.entry("UTC", new Abbreviation("UTC", 0)),
            Map.entry("BST", new Abbreviation("Europe/London", 60)),
            Map.entry("WET", new Abbreviation("Europe/Lisbon", 0)),
            Map.entry("WEST", new Abbreviation("Europe/Lisbon", 60)),
            Map.entry("CET", new Abbreviation("Europe/Berlin", 60)),
            Map.entry("CEST", new Abbreviation("Europe/Berlin", 120)),
            Map.entry("MEZ", new Abbreviation("Europe/Berlin", 60)),
            Map.entry("MESZ", new Abbreviation("Europe/Berlin", 120)),
            Map.entry("EET", new Abbreviation("Europe/Athens", 120)),
            Map.entry("EEST", new Abbreviation("Europe/Athens", 180)),
            Map.entry("HKT", new Abbreviation("Asia/Hong_Kong", 480)),
            Map.entry("SGT", new Abbreviation("Asia/Singapore", 480)),
            Map.entry("JST", new Abbreviation("Asia/Tokyo", 540)),
            Map.entry("KST", new Abbreviation("Asia/Seoul", 540)),
            Map.entry("AEST", new Abbreviation("Australia/Sydney", 600)),
            Map.entry("AEDT", new Abbreviation("Australia/Sydney", 660)));

    private static final ZoneOffset CHINA_OFFSET = ZoneOffset.ofHours(8);

    /** China time; no daylight saving since 1991, so later times skip the zone rules (this runs per row). */
    static java.time.Instant china(LocalDateTime local) {
        return local.getYear() >= 1992 ? local.toInstant(CHINA_OFFSET) : local.atZone(CHINA).toInstant();
    }

    /** A wall-clock time resolved in a zone: the instant and the zone to show it in. */
    record Resolved(java.time.Instant at, ZoneId zone) {
    }

    private Zones() {
    }

    static Resolved resolve(LocalDateTime local, String label, ZoneId fallback) {
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            return new Resolved(local.atZone(fallback).toInstant(), fallback);
        }
        Abbreviation a = ABBREVIATIONS.get(text.toUpperCase(Locale.ROOT));
        if (a != null) {
            return new Resolved(local.toInstant(ZoneOffset.ofTotalSeconds(a.offsetMinutes * 60)), ZoneId.of(a.region));
        }
        try {
            ZoneId zone = ZoneId.of(text);
            return new Resolved(local.atZone(zone).toInstant(), zone);
        } catch (DateTimeException e) {
            throw new RowException(Reason.of("import.zone", "the time zone \"" + text
                    + "\" is not one CaseVault knows (such as PST, CET, UTC or Europe/Berlin)", text));
        }
    }
}
