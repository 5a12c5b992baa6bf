package io.casevault.domain.understanding;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;

/** The ways payment screens write a date and time, for generated test lines. */
enum TimeStyle {
    ISO_SECONDS, ISO_SLASH_MINUTES, CHINESE_SECONDS, CHINESE_MINUTES, CHINESE_NO_YEAR, ENGLISH_12H, DAY_MONTH_YEAR,
    EUROPEAN_DAY;

    /** What a reader can know from the written form. */
    ShownTime shown(LocalDateTime at) {
        return switch (this) {
            case ISO_SECONDS, CHINESE_SECONDS -> new ShownTime(at, ShownTime.Precision.SECOND);
            case EUROPEAN_DAY -> ShownTime.day(at.toLocalDate());
            default -> new ShownTime(at.truncatedTo(ChronoUnit.MINUTES), ShownTime.Precision.MINUTE);
        };
    }

    /** The moment in this format, sometimes without the space between date and time, as OCR drops it. */
    String write(LocalDateTime at, Random random) {
        String gap = random.nextInt(4) == 0 ? "" : " ";
        return switch (this) {
            case ISO_SECONDS -> at.format(f("yyyy-MM-dd")) + gap + at.format(f("HH:mm:ss"));
            case ISO_SLASH_MINUTES -> at.format(f("yyyy/MM/dd")) + gap + at.format(f("HH:mm"));
            case CHINESE_SECONDS -> at.format(f("yyyy年M月d日")) + gap + at.format(f("HH:mm:ss"));
            case CHINESE_MINUTES -> at.format(f("yyyy年MM月dd日")) + gap + at.format(f("H:mm"));
            case CHINESE_NO_YEAR -> at.format(f("M月d日")) + gap + at.format(f("HH:mm"));
            case ENGLISH_12H -> at.format(f("MMM d, yyyy, h:mm a"));
            case DAY_MONTH_YEAR -> at.format(f("d MMM yyyy")) + " " + at.format(f("HH:mm"));
            case EUROPEAN_DAY -> at.format(f("dd.MM.yyyy"));
        };
    }

    private static DateTimeFormatter f(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }
}
