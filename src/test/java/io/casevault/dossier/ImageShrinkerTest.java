package io.casevault.dossier;

import io.casevault.domain.Redaction;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-encoding a picture for the submission copy: its legible size, grey when colourless, redactions burned in. */
class ImageShrinkerTest {

    @Test
    void aPhoneScreenshotKeepsTheRungsShortSideAndItsAspect() throws IOException {
        byte[] png = png(RenderedScreenshot.render(1080, List.of("交易成功", "¥1,250.00")).image());

        ImageShrinker.Shrunk s = ImageShrinker.shrink(png, List.of(), ShrinkStep.LADDER.get(4)).orElseThrow();

        assertThat(s.width()).isEqualTo(720);
        assertThat(s.height()).isEqualTo(1440);
        assertThat(s.jpeg().length).isLessThan(png.length);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.jpeg()));
        assertThat(back.getWidth()).isEqualTo(720);
    }

    @Test
    void aSmallPictureIsNeverEnlarged() throws IOException {
        byte[] png = png(RenderedScreenshot.render(400, List.of("ok")).image());

        ImageShrinker.Shrunk s = ImageShrinker.shrink(png, List.of(), ShrinkStep.LADDER.get(0)).orElseThrow();

        assertThat(s.width()).isEqualTo(400);
    }

    @Test
    void colourIsKeptUnlessTheRungIsGreyOrThePictureHasNone() throws IOException {
        byte[] coloured = png(RenderedScreenshot.render(1080, List.of("交易成功")).image()); // a blue header
        BufferedImage plain = new BufferedImage(900, 1800, BufferedImage.TYPE_INT_RGB);
        var g = plain.createGraphics();
        g.setColor(java.awt.Color.LIGHT_GRAY);
        g.fillRect(0, 0, 900, 1800);
        g.dispose();

        assertThat(ImageShrinker.shrink(coloured, List.of(), ShrinkStep.LADDER.get(0)).orElseThrow().grey()).isFalse();
        assertThat(ImageShrinker.shrink(coloured, List.of(), ShrinkStep.LADDER.get(5)).orElseThrow().grey()).isTrue();
        assertThat(ImageShrinker.shrink(png(plain), List.of(), ShrinkStep.LADDER.get(0)).orElseThrow().grey()).isTrue();
    }

    @Test
    void aRedactionIsBurnedInBeforeScaling() throws IOException {
        BufferedImage white = whiteWithRed(1200, 2400, BufferedImage.TYPE_INT_RGB, 300, 600, 600, 300); // not to be seen

        ImageShrinker.Shrunk s = ImageShrinker.shrink(png(white), List.of(new Redaction(300, 600, 600, 300)),
                ShrinkStep.LADDER.get(4)).orElseThrow();

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.jpeg()));
        double f = 720.0 / 1200;
        for (int y = (int) (610 * f); y < (int) (890 * f); y += 7) {
            for (int x = (int) (310 * f); x < (int) (890 * f); x += 7) {
                int p = back.getRGB(x, y);
                assertThat((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)).as("(%d, %d)", x, y).isLessThan(60);
            }
        }
    }

    @Test
    void aSidewaysPhotoDecodedAtAHalfKeepsItsStoredPixelsWhereTheyAreForThePageToTurn() throws IOException {
        // stored 4032 x 3024 as a phone writes a portrait photo with EXIF orientation 6; red in the stored top left
        BufferedImage stored = whiteWithRed(4032, 3024, BufferedImage.TYPE_3BYTE_BGR, 0, 0, 800, 600);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", jpeg);

        ImageShrinker.Shrunk s = ImageShrinker.shrink(jpeg.toByteArray(), List.of(), ShrinkStep.LADDER.get(4))
                .orElseThrow();

        assertThat(ImageShrinker.pointSampling(4032, 3024, 720)).isEqualTo(2);
        assertThat(s.width()).isEqualTo(960);
        assertThat(s.height()).isEqualTo(720);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.jpeg()));
        assertThat(back.getRGB(60, 40) >> 16 & 0xff).as("red stays in the stored top left").isGreaterThan(200);
        assertThat(back.getRGB(60, 40) & 0xff).isLessThan(60);
        assertThat(back.getRGB(900, 680) & 0xff).isGreaterThan(200);
    }

    @Test
    void undecodableBytesGoInAsTheyAre() {
        assertThat(ImageShrinker.shrink(new byte[] {1, 2, 3}, List.of(), ShrinkStep.LADDER.get(0))).isEmpty();
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A white picture with a red box. */
    private static BufferedImage whiteWithRed(int width, int height, int type, int x, int y, int w, int h) {
        BufferedImage img = new BufferedImage(width, height, type);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.RED);
        g.fillRect(x, y, w, h);
        g.dispose();
        return img;
    }
}
