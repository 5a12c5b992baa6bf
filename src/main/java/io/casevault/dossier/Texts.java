package io.casevault.dossier;

import io.casevault.domain.IncidentDate;
import io.casevault.domain.MessagePatterns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The dossier's words in one language, from {@code io/casevault/dossier/dossier*.properties}, and its formats. */
final class Texts {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ResourceBundle bundle;
    private final MessagePatterns messages;
    private final ZoneId zone;

    Texts(Lang lang, ZoneId zone) {
        Locale locale = lang.locale();
        // no fallback to the machine's locale: an English dossier stays English on a Chinese system
        this.bundle = ResourceBundle.getBundle("io.casevault.dossier.dossier", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.messages = new MessagePatterns(bundle::getString, locale);
        this.zone = zone;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String get(String key, Object... args) {
        return messages.format(key, args);
    }

    String label(Enum<?> value) {
        String prefix = switch (value.getDeclaringClass().getSimpleName()) {
            case "CaseStatus" -> "status.";
            case "Category" -> "category.";
            case "Channel" -> "channel.";
            case "ContactDirection" -> "contact.";
            case "Direction" -> "dir.";
            case "CaptureSource" -> "capture.";
            case "Kind" -> "kind.";
            case "PaymentStatus" -> "payment.";
            default -> throw new IllegalArgumentException("No texts for " + value.getDeclaringClass());
        };
        return get(prefix + value.name());
    }

    String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /**
     * A time recorded in a zone of its own (a transaction, a follow-up), by the same rule as the window: in the
     * dossier's zone when that zone has the recorded zone's offset at that instant; otherwise as it was read where it
     * was recorded, marked with that zone's offset, e.g. {@code 2026-11-03 21:32 (UTC+8)} in a dossier written in UTC.
     */
    String dateTime(Instant at, ZoneId recorded) {
        if (at == null || recorded == null || sameOffset(at, recorded)) {
            return dateTime(at);
        }
        return get("time.zoned", DATE_TIME.format(at.atZone(recorded)), offset(at, recorded));
    }

    private boolean sameOffset(Instant at, ZoneId other) {
        return other.getRules().getOffset(at).equals(zone.getRules().getOffset(at));
    }

    /** A zone's offset from UTC at an instant, as {@code UTC+8}, {@code UTC-3:30} or {@code UTC}. */
    static String offset(Instant at, ZoneId zone) {
        int seconds = zone.getRules().getOffset(at).getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60
                + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
    }

    String dateTimeSeconds(Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at.atZone(zone));
    }

    String date(LocalDate day) {
        return day == null ? get("cover.none") : day.toString();
    }

    String incident(IncidentDate d) {
        if (d == null) {
            return get("cover.none");
        }
        return switch (d.kind()) {
            case EXACT -> d.from().toString();
            case AROUND -> get("cover.incidentAround", d.from().toString());
            case RANGE -> get("cover.incidentRange", d.from().toString(), d.to().toString());
        };
    }

    ZoneId zone() {
        return zone;
    }

    /** Bytes in the largest unit that keeps a digit before the point, e.g. 1.4 MB. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        // as String.format's "%.1f" rounds (half up, from the shortest decimal form of v), without its format parsing
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString() + " " + units[u];
    }

    /** A grouped byte count, exact, for the manifest table. */
    static String exactBytes(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
