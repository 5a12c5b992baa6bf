package io.casevault.domain.understanding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, with the time of day when it follows on the same line: {@code 2026-11-03 14:30:12}, {@code 2026/11/03 14:30},
 * {@code 2026年11月3日 14:30}, {@code 11月3日} (the year from the caller), {@code Nov 3, 2026, 2:30 PM},
 * {@code 3 Nov 2026 14:30}, {@code 03.11.2026} (day first, as in Europe). The space between date and time may be
 * missing, as OCR often drops it. A time of day alone (the status bar's clock) is not read, nor are impossible dates.
 * Years outside 1990–2100 are not payment screens.
 */
final class TimeFinder {
    private static final String TIME = "(?:\\s*(?:,|at|um|à)?\\s*(?<ampmBefore>上午|下午|中午|晚上|凌晨|早上)?\\s*"
            + "(?<h>\\d{1,2})[:：](?<min>\\d{2})(?:[:：](?<s>\\d{2}))?(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?(?![0-9]))?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![0-9])(?<y>\\d{4})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{2}|\\d(?![0-9]))" + TIME);
    private static final Pattern CHINESE = Pattern.compile(
            "(?<![0-9])(?:(?<y>\\d{4})\\s*年\\s*)?(?<mo>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号]" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![0-9.])(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})(?![0-9])" + TIME);
    private static final String MONTH = "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|[O0]ct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![A-Za-z])" + MONTH + "\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?<y>\\d{4})(?![0-9])" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![0-9])(?<d>\\d{1,2})\\s*" + MONTH + "(?![A-Za-z])\\s*,?\\s*(?<y>\\d{4})(?![0-9])" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private TimeFinder() {
    }

    /**
     * @param contextYear the year for dates shown without one (11月3日), or null to skip such dates
     */
    static List<Hit<ShownTime>> find(String text, Integer contextYear) {
        List<Hit<ShownTime>> hits = new ArrayList<>();
        if (!LineText.hasDigit(text)) {
            return hits;
        }
        for (Pattern p : List.of(ISO, CHINESE, DAY_FIRST, MONTH_FIRST, DAY_MONTH)) {
            if (!mayMatch(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (hits.stream().anyMatch(h -> h.overlaps(start, end))) {
                    continue;
                }
                read(m, contextYear).ifPresent(t -> hits.add(new Hit<>(t, start, end)));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    /**
     * False when the text lacks what every match of the pattern holds: a date separator (-, / or .) for ISO, 月 for
     * Chinese, a dot for day-first, an ASCII letter for a month's name (matched in ASCII case only).
     */
    private static boolean mayMatch(Pattern p, String text) {
        if (p == ISO) {
            return text.indexOf('-') >= 0 || text.indexOf('/') >= 0 || text.indexOf('.') >= 0;
        }
        if (p == CHINESE) {
            return text.indexOf('月') >= 0;
        }
        if (p == DAY_FIRST) {
            return text.indexOf('.') >= 0;
        }
        return text.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
    }

    private static Optional<ShownTime> read(Matcher m, Integer contextYear) {
        Integer year = m.group("y") == null ? contextYear : Integer.valueOf(m.group("y"));
        if (year == null || year < 1990 || year > 2100) {
            return Optional.empty();
        }
        int month = month(m);
        LocalDate date;
        try {
            date = LocalDate.of(year, month, Integer.parseInt(m.group("d")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (m.group("h") == null) {
            return Optional.of(ShownTime.day(date));
        }
        Optional<LocalTime> time = time(m);
        if (time.isEmpty()) {
            return Optional.of(ShownTime.day(date)); // "2026-11-03 25:99" still shows the day
        }
        ShownTime.Precision precision = m.group("s") == null ? ShownTime.Precision.MINUTE : ShownTime.Precision.SECOND;
        return Optional.of(new ShownTime(LocalDateTime.of(date, time.get()), precision));
    }

    private static int month(Matcher m) {
        String name = m.pattern() == MONTH_FIRST || m.pattern() == DAY_MONTH ? m.group("mon") : null;
        if (name != null) {
            // OCR reads the O of "Oct" as a zero ("15 0ct 2024"); no other month starts with a round letter
            return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT).replace('0', 'o'));
        }
        return Integer.parseInt(m.group("mo"));
    }

    private static Optional<LocalTime> time(Matcher m) {
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("min"));
        int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        String ampm = m.group("ampm");
        String before = m.group("ampmBefore");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (before != null && hour <= 12) {
            boolean afternoon = before.equals("下午") || before.equals("晚上") || before.equals("中午") && hour < 11;
            if (afternoon && hour < 12) {
                hour += 12;
            } else if ((before.equals("凌晨") || before.equals("上午") || before.equals("早上")) && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }
}
