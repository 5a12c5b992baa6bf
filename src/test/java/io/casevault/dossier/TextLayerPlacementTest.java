package io.casevault.dossier;

import io.casevault.domain.Orientation;
import io.casevault.domain.RecognisedLine;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.geom.Point2D;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A recognised line's box lands on the page exactly where the image's own drawing matrix puts those pixels, for every
 * EXIF orientation: the text layer and the picture share one geometry.
 */
class TextLayerPlacementTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aBoxMapsWhereTheImageDrawsItsPixels(int orientation) {
        int storedW = 300;
        int storedH = 200;
        Orientation o = new Orientation(orientation);
        float w = o.uprightWidth(storedW, storedH) * 0.8f;
        float h = o.uprightHeight(storedW, storedH) * 0.8f;
        TextLayer.Placement where = new TextLayer.Placement(storedW, storedH, orientation, 56, 90, w, h);
        Matrix image = io.casevault.dossier.Orientation.matrix(orientation, 56, 90, w, h);
        Random random = new Random(orientation);
        for (int i = 0; i < 20; i++) {
            int x = random.nextInt(storedW - 20);
            int y = random.nextInt(storedH - 10);
            RecognisedLine line = new RecognisedLine("订单号", 0.9, x, y, 1 + random.nextInt(storedW - x - 1),
                    1 + random.nextInt(storedH - y - 1));
            float[] expected = pageBox(image, line, storedW, storedH);
            float[] actual = where.onPage(line);
            for (int k = 0; k < 4; k++) {
                assertThat(actual[k]).as("orientation %d, box %s, value %d", orientation, line, k)
                        .isCloseTo(expected[k], within(0.01f));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6})
    void aBoxReachingPastTheImageIsCutAtItsEdgeAndOneOutsideIsLeftOut(int orientation) {
        TextLayer.Placement where = new TextLayer.Placement(100, 50, orientation, 0, 0, 100, 100);
        float[] inside = where.onPage(new RecognisedLine("a", 1, 90, 40, 10, 10));
        float[] past = where.onPage(new RecognisedLine("a", 1, 90, 40, 50, 50));
        assertThat(past).containsExactly(inside);
        assertThat(where.onPage(new RecognisedLine("a", 1, 120, 60, 10, 10))).isNull();
    }

    /** The page rectangle covering the stored pixels of the line's box, through the image's matrix. */
    private static float[] pageBox(Matrix image, RecognisedLine line, int storedW, int storedH) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int[] corner : new int[][] {{line.x(), line.y()}, {line.x() + line.w(), line.y() + line.h()}}) {
            // image space has s = 0 at the stored left column and t = 1 at the stored top row
            Point2D.Float p = image.transformPoint(corner[0] / (float) storedW, 1 - corner[1] / (float) storedH);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        return new float[] {minX, minY, maxX - minX, maxY - minY};
    }
}
