package io.casevault.domain;

/**
 * A black box over an image, in the pixel space of the stored original (before EXIF orientation is applied). The
 * original is never changed; exports burn the boxes into a re-rendered copy.
 */
public record Redaction(int x, int y, int width, int height) {

    public Redaction {
        if (x < 0 || y < 0) {
            throw new DomainException(Reason.of("redaction.outside",
                    "A redaction box must start inside the image, not at " + x + "," + y + ".", x, y));
        }
        if (width < 1 || height < 1) {
            throw new DomainException(Reason.of("redaction.size", "A redaction box must be at least 1 × 1 pixels."));
        }
    }

    /** Whether the box lies within an image of this stored size. */
    public boolean fitsIn(int imageWidth, int imageHeight) {
        return (long) x + width <= imageWidth && (long) y + height <= imageHeight;
    }
}
