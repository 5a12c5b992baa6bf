package io.casevault.media;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link MediaProbe} learned about a file.
 *
 * @param mediaType    sniffed media type, e.g. {@code image/png} or {@code application/pdf}
 * @param width        stored pixel width (before orientation) for images whose size is known
 * @param height       stored pixel height (before orientation) for images whose size is known
 * @param orientation  EXIF orientation 1..8; 1 when absent or invalid
 * @param exifDateTime DateTimeOriginal, else DateTimeDigitized, else DateTime, when present and parseable
 * @param exifOffset   the UTC offset recorded for the chosen date (OffsetTimeOriginal etc.) when present
 */
public record ProbeResult(String mediaType,
                          OptionalInt width, OptionalInt height,
                          int orientation,
                          Optional<LocalDateTime> exifDateTime,
                          Optional<ZoneOffset> exifOffset) {

    public ProbeResult {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(exifDateTime, "exifDateTime");
        Objects.requireNonNull(exifOffset, "exifOffset");
        if (mediaType.isBlank() || mediaType.indexOf('/') <= 0) {
            throw new IllegalArgumentException("mediaType must look like type/subtype: " + mediaType);
        }
        if (width.isPresent() != height.isPresent()) {
            throw new IllegalArgumentException("width and height must both be present or both absent");
        }
        if (width.isPresent() && (width.getAsInt() <= 0 || height.getAsInt() <= 0)) {
            throw new IllegalArgumentException("width and height must be positive");
        }
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("orientation must be 1..8: " + orientation);
        }
    }

    /** A result for a file that is not an image (or carries no pixel information we read). */
    static ProbeResult nonImage(String mediaType) {
        return new ProbeResult(mediaType, OptionalInt.empty(), OptionalInt.empty(), 1, Optional.empty(),
                Optional.empty());
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
