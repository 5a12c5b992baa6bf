package io.casevault.media;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The EXIF facts {@link MediaProbe} reports.
 *
 * @param orientation EXIF orientation 1..8
 * @param dateTime    the best available EXIF date
 * @param offset      the UTC offset recorded alongside that date
 */
record ExifInfo(int orientation, Optional<LocalDateTime> dateTime, Optional<ZoneOffset> offset) {

    static final ExifInfo NONE = new ExifInfo(1, Optional.empty(), Optional.empty());

    ExifInfo {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(offset, "offset");
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("orientation must be 1..8: " + orientation);
        }
    }
}
