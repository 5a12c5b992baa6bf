package io.casevault.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** Scaling pictures down by averaging areas: exact weights at fractional ratios, brightness kept, grey as luma. */
class AreaAverageTest {

    @Test
    void threePixelsBecomeTwoWithTheMiddleOneSplitBetweenThem() {
        AreaAverage scaler = new AreaAverage(3, 1, 2, 1, 1);

        scaler.add(new float[] {0, 90, 180});

        BufferedImage out = scaler.image();
        assertThat(out.getRaster().getSample(0, 0, 0)).isEqualTo(30); // (0 + 90 / 2) / 1.5
        assertThat(out.getRaster().getSample(1, 0, 0)).isEqualTo(150); // (90 / 2 + 180) / 1.5
    }

    @ParameterizedTest(name = "{0} x {1} to {2} x {3}")
    @CsvSource({"1080, 60, 720, 40", "1512, 40, 720, 19", "300, 300, 100, 100", "97, 61, 96, 60", "50, 50, 50, 50",
            "64, 64, 1, 1"})
    void theMeanBrightnessIsKeptWhateverTheRatio(int w, int h, int toW, int toH) {
        Random random = new Random(w * 31L + toW);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = random.nextInt(4) == 0 ? random.nextInt(256) : 240;
                img.setRGB(x, y, v << 16 | v << 8 | v);
                sum += v;
            }
        }

        BufferedImage out = AreaAverage.scale(img, toW, toH, true);

        assertThat(out.getWidth()).isEqualTo(toW);
        assertThat(out.getHeight()).isEqualTo(toH);
        double got = 0;
        for (int y = 0; y < toH; y++) {
            for (int x = 0; x < toW; x++) {
                got += out.getRaster().getSample(x, y, 0);
            }
        }
        assertThat(got / (toW * toH)).isCloseTo(sum / (w * h), offset(0.6));
    }

    @Test
    void greyIsTheLumaOfTheColourScaledTheSameWay() {
        Random random = new Random(7);
        BufferedImage img = new BufferedImage(90, 60, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 90; x++) {
                img.setRGB(x, y, random.nextInt(1 << 24));
            }
        }

        BufferedImage colour = AreaAverage.scale(img, 60, 40, false);
        BufferedImage grey = AreaAverage.scale(img, 60, 40, true);

        assertThat(colour.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                int p = colour.getRGB(x, y);
                int luma = AreaAverage.luma(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff);
                assertThat(grey.getRaster().getSample(x, y, 0)).as("(%d, %d)", x, y).isCloseTo(luma, offset(1));
            }
        }
    }

    @Test
    void whiteStaysWhiteAndBlackBlackInLuma() {
        assertThat(AreaAverage.luma(255, 255, 255)).isEqualTo(255);
        assertThat(AreaAverage.luma(0, 0, 0)).isZero();
        assertThat(AreaAverage.luma(255, 0, 0)).isEqualTo(76);
    }

    @Test
    void aPictureIsNeverEnlarged() {
        assertThatThrownBy(() -> new AreaAverage(100, 100, 101, 100, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
