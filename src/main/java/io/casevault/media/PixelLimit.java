package io.casevault.media;

import io.casevault.domain.Reason;
import java.util.Locale;

/** The decompression-bomb guard shared by all image validators. */
final class PixelLimit {

    private PixelLimit() {
    }

    /** Rejects before any expensive work when the claimed pixel count exceeds the limit. */
    static void check(long width, long height, long maxPixels) throws MediaRejectedException {
        if (width * height > maxPixels) {
            throw new MediaRejectedException(Reason.of("media.bomb", String.format(Locale.ROOT,
                    "image claims %d × %d pixels, more than the %s limit (possible decompression bomb)",
                    width, height, megapixels(maxPixels)), width, height,
                    String.format(Locale.ROOT, "%.1f", maxPixels / 1_000_000.0).replace(".0", "")));
        }
    }

    private static String megapixels(long maxPixels) {
        if (maxPixels % 1_000_000L == 0) {
            return maxPixels / 1_000_000L + " megapixel";
        }
        if (maxPixels >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f megapixel", maxPixels / 1_000_000.0);
        }
        return maxPixels + " pixel";
    }
}
