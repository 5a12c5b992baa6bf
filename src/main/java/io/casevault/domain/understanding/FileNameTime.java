package io.casevault.domain.understanding;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The capture time written into the name of a screenshot or photo by the phone or computer that made it. Most names
 * hold the device's wall-clock time ({@link Local}); Pixel camera names hold UTC and WeChat's exports milliseconds
 * since 1970 ({@link Exact}). A name whose date cannot exist (month 13), lies before 2000 (an epoch-0 default) or
 * more than a day after {@code now} is not a capture time.
 */
public sealed interface FileNameTime {
    /** Names before this are defaults (epoch 0, a reset clock), not capture times. */
    Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** The moment, taking a wall-clock name to be in {@code zone}. */
    Instant toInstant(ZoneId zone);

    /** Wall-clock time of the device, zone unknown. */
    record Local(LocalDateTime at) implements FileNameTime {
        public Local {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Instant toInstant(ZoneId zone) {
            return at.atZone(zone).toInstant();
        }
    }

    /** An exact moment (UTC or epoch in the name). */
    record Exact(Instant at) implements FileNameTime {
        public Exact {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Instant toInstant(ZoneId zone) {
            return at;
        }
    }

    /** The capture time in a file name (without folders), if it follows one of the known patterns. */
    static Optional<FileNameTime> parse(String fileName, Instant now) {
        Objects.requireNonNull(now, "now");
        if (fileName == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(fileName.strip(), Normalizer.Form.NFKC);
        for (FileNamePatterns.NamePattern p : FileNamePatterns.ALL) {
            Matcher m = p.pattern().matcher(name);
            if (m.lookingAt()) {
                Optional<FileNameTime> time = read(p, m);
                if (time.isPresent() && plausible(time.get(), now)) {
                    return time;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FileNameTime> read(FileNamePatterns.NamePattern p, Matcher m) {
        try {
            return Optional.of(p.reader().apply(m));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Plausible when some zone (all lie within UTC−12 … UTC+14) puts it between 2000 and a day after now. */
    private static boolean plausible(FileNameTime time, Instant now) {
        Instant earliest = time.toInstant(ZoneOffset.ofHours(14));
        Instant latest = time.toInstant(ZoneOffset.ofHours(-12));
        return !latest.isBefore(EARLIEST) && !earliest.isAfter(now.plus(Duration.ofDays(1)));
    }
}
