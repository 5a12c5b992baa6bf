package io.casevault.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextRegionsTest {

    private static float[] map(int w, int h) {
        return new float[w * h];
    }

    private static void fill(float[] map, int w, int x, int y, int rw, int rh, float p) {
        for (int yy = y; yy < y + rh; yy++) {
            for (int xx = x; xx < x + rw; xx++) {
                map[yy * w + xx] = p;
            }
        }
    }

    @Test
    void aBlankMapHasNoText() {
        assertThat(TextRegions.find(map(64, 32), 64, 32)).isEmpty();
    }

    @Test
    void aConfidentBlockBecomesOneBoxGrownByTheUnclipOffset() {
        float[] m = map(100, 40);
        fill(m, 100, 10, 10, 40, 8, 0.9f);
        List<TextRegions.Region> found = TextRegions.find(m, 100, 40);
        // area 320, perimeter 96: offset 320 × 1.5 / 96 = 5 on every side
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.x()).isCloseTo(5, within(1e-9));
            assertThat(r.y()).isCloseTo(5, within(1e-9));
            assertThat(r.width()).isCloseTo(50, within(1e-9));
            assertThat(r.height()).isCloseTo(18, within(1e-9));
            assertThat(r.score()).isCloseTo(0.9, within(1e-6));
        });
    }

    @Test
    void pixelsAtOrBelowThePixelThresholdAreBackground() {
        float[] m = map(60, 20);
        fill(m, 60, 5, 5, 30, 6, TextRegions.PIXEL_THRESHOLD);
        assertThat(TextRegions.find(m, 60, 20)).isEmpty();
    }

    @Test
    void aBoxWhoseMeanProbabilityIsBelowTheBoxThresholdIsNoise() {
        float[] m = map(60, 20);
        fill(m, 60, 5, 5, 30, 6, 0.45f);
        assertThat(TextRegions.find(m, 60, 20)).isEmpty();
        fill(m, 60, 5, 5, 30, 6, 0.55f);
        assertThat(TextRegions.find(m, 60, 20)).hasSize(1);
    }

    @Test
    void theScoreIsTheMeanOverTheWholeBoxSoAThinDiagonalScoresLow() {
        float[] m = map(40, 40);
        for (int i = 0; i < 30; i++) {
            m[(5 + i) * 40 + 5 + i] = 1f; // 8-connected, but fills 30 of 900 box pixels
        }
        assertThat(TextRegions.find(m, 40, 40)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void componentsThinnerThanTheMinimumSizeAreDropped(int thickness) {
        float[] m = map(60, 20);
        fill(m, 60, 5, 5, 40, thickness, 1f);
        assertThat(TextRegions.find(m, 60, 20)).isEmpty();
    }

    @Test
    void diagonalNeighboursJoinOneComponentAndSeparateBlocksStaySeparate() {
        float[] m = map(80, 30);
        fill(m, 80, 5, 5, 10, 5, 1f);
        fill(m, 80, 15, 10, 10, 5, 1f); // touches the first only at a corner
        fill(m, 80, 50, 5, 20, 6, 1f);
        assertThat(TextRegions.find(m, 80, 30)).hasSize(2);
    }

    @Test
    void unclipGrowsEachSideByAreaTimesRatioOverPerimeter() {
        TextRegions.Region r = new TextRegions.Region(10, 20, 100, 10, 0.8).unclipped(1.5);
        double d = 100 * 10 * 1.5 / 220;
        assertThat(r.x()).isCloseTo(10 - d, within(1e-9));
        assertThat(r.y()).isCloseTo(20 - d, within(1e-9));
        assertThat(r.width()).isCloseTo(100 + 2 * d, within(1e-9));
        assertThat(r.height()).isCloseTo(10 + 2 * d, within(1e-9));
        assertThat(r.score()).isEqualTo(0.8);
    }

    @Test
    void boxesScaleBackToTheOriginalImageOutwardToWholePixels() {
        // a 736 × 1600 map of a 1080 × 2400 screenshot: x by 1080/736, y by 1.5
        TextRegions.Region r = new TextRegions.Region(100.2, 50.5, 200, 20, 0.9);
        TextRegions.PixelBox b = r.inImage(736, 1600, 1080, 2400).orElseThrow();
        assertThat(b.x()).isEqualTo((int) Math.floor(100.2 * 1080 / 736));
        assertThat(b.y()).isEqualTo(75);
        assertThat(b.x() + b.width()).isEqualTo((int) Math.ceil(300.2 * 1080 / 736));
        assertThat(b.y() + b.height()).isEqualTo(106);
    }

    @Test
    void boxesAreClippedToTheImageAndDroppedWhenOutside() {
        TextRegions.Region edge = new TextRegions.Region(-4, -3, 20, 10, 0.9);
        assertThat(edge.inImage(32, 32, 64, 64)).hasValue(new TextRegions.PixelBox(0, 0, 32, 14));
        assertThat(new TextRegions.Region(40, 40, 5, 5, 0.9).inImage(32, 32, 64, 64)).isEmpty();
    }

    @Test
    void randomNoiseBelowTheThresholdsNeverMakesBoxesAndFoundBoxesStayInsideTheMap() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            float[] m = map(128, 64);
            for (int i = 0; i < m.length; i++) {
                m[i] = random.nextFloat() * 0.3f;
            }
            assertThat(TextRegions.find(m, 128, 64)).isEmpty();
            int x = 5 + random.nextInt(60);
            int y = 5 + random.nextInt(40);
            fill(m, 128, x, y, 30 + random.nextInt(20), 5 + random.nextInt(10), 0.6f + random.nextFloat() * 0.4f);
            List<TextRegions.Region> found = TextRegions.find(m, 128, 64);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).inImage(128, 64, 128, 64)).isPresent();
        }
    }
}
