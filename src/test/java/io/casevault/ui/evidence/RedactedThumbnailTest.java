package io.casevault.ui.evidence;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.ui.evidence.RedactedThumbnail.Area;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Where redaction boxes land on a thumbnail, without the toolkit. */
class RedactedThumbnailTest {

    private static Evidence photo(int width, int height, int orientation) {
        return new Evidence(1, 1, "a".repeat(64), "p.jpg", "image/jpeg", 100, width, height, orientation, null,
                CaptureSource.IMPORT_TIME, Instant.EPOCH, "", List.of(), 1, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyStoredPixelUnderABoxIsCoveredOnTheThumbnailInEveryOrientation(int orientation) {
        Random random = new Random(orientation * 31L);
        int w = 997;
        int h = 613;
        Evidence e = photo(w, h, orientation);
        boolean swap = orientation >= 5;
        int tw = swap ? 199 : 320;
        int th = swap ? 320 : 199;
        for (int run = 0; run < 50; run++) {
            int x = random.nextInt(w - 10);
            int y = random.nextInt(h - 10);
            Redaction box = new Redaction(x, y, 1 + random.nextInt(w - x - 1), 1 + random.nextInt(h - y - 1));
            List<Area> areas = RedactedThumbnail.areas(e, List.of(box), tw, th);
            assertThat(areas).hasSize(1);
            Area a = areas.get(0);
            // a thumbnail pixel that shows any part of the box is inside the area
            for (int sy = box.y(); sy < box.y() + box.height(); sy += 7) {
                for (int sx = box.x(); sx < box.x() + box.width(); sx += 7) {
                    double[] up = upright(sx + 0.5, sy + 0.5, w, h, orientation);
                    int px = (int) (up[0] * tw / (swap ? h : w));
                    int py = (int) (up[1] * th / (swap ? w : h));
                    assertThat(px).isBetween(a.x0(), a.x1() - 1);
                    assertThat(py).isBetween(a.y0(), a.y1() - 1);
                }
            }
            assertThat(a.x1()).isLessThanOrEqualTo(tw);
            assertThat(a.y1()).isLessThanOrEqualTo(th);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6})
    void aSmallBoxDoesNotBlackenMuchMoreThanItCovers(int orientation) {
        Evidence e = photo(1000, 500, orientation);
        boolean swap = orientation >= 5;
        List<Area> areas = RedactedThumbnail.areas(e, List.of(new Redaction(500, 250, 100, 50)),
                swap ? 160 : 320, swap ? 320 : 160);
        Area a = areas.get(0);
        // 100 × 50 stored pixels are 32 × 16 (or 16 × 32) thumbnail pixels, plus one pixel of bleed on each side
        assertThat((a.x1() - a.x0()) * (a.y1() - a.y0())).isLessThanOrEqualTo(34 * 18);
    }

    /** Where a stored point appears in the upright picture (EXIF orientation), the geometry the thumbnail has. */
    private static double[] upright(double x, double y, int w, int h, int code) {
        return switch (code) {
            case 1 -> new double[] {x, y};
            case 2 -> new double[] {w - x, y};
            case 3 -> new double[] {w - x, h - y};
            case 4 -> new double[] {x, h - y};
            case 5 -> new double[] {y, x};
            case 6 -> new double[] {h - y, x};
            case 7 -> new double[] {h - y, w - x};
            case 8 -> new double[] {y, w - x};
            default -> throw new IllegalArgumentException();
        };
    }
}
