package io.casevault.dossier;

import io.casevault.domain.Redaction;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

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
    void aScreenshotAtTheMostCompactRungStaysCloseToItsPixelsAveraged() throws IOException {
        BufferedImage shot = RenderedScreenshot.render(1080, List.of("交易成功", "¥1,250.00", "订单号 2026110412345678",
                "收款方 Merchant Ltd.", "Payment to Merchant", "付款方式 余额宝")).image();
        ShrinkStep compact = ShrinkStep.LADDER.get(ShrinkStep.LADDER.size() - 1);

        ImageShrinker.Shrunk s = ImageShrinker.shrink(png(shot), List.of(), compact).orElseThrow();

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.jpeg()));
        double psnr = psnr(back, areaAveragedLuma(shot, back.getWidth(), back.getHeight()));
        // this writes 41 dB; picking the nearest pixels scores 30.5, the same pixels at JPEG quality 20 % 35.5
        assertThat(psnr).as("PSNR against the screenshot's pixels averaged, dB").isGreaterThan(38);
        assertThat(s.jpeg().length).as("the compact rung's bytes (25.3 KB; the PNG has 51 KB)").isLessThan(30_000);
    }

    @Test
    void aNoisyPhotoHasItsNoiseAveragedNotPicked() throws IOException {
        // 12 MP of grey with strong noise: picking pixels keeps the noise (and the JPEG grows); averaging damps it
        Random random = new Random(12);
        BufferedImage photo = new BufferedImage(3024, 4032, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((java.awt.image.DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < bgr.length; i += 3) {
            byte v = (byte) Math.max(0, Math.min(255, 128 + (int) (random.nextGaussian() * 40)));
            bgr[i] = v;
            bgr[i + 1] = v;
            bgr[i + 2] = v;
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);

        ImageShrinker.Shrunk s = ImageShrinker.shrink(jpeg.toByteArray(), List.of(), ShrinkStep.LADDER.get(4))
                .orElseThrow();

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.jpeg()));
        assertThat(back.getWidth()).isEqualTo(720);
        double sum = 0;
        double squares = 0;
        for (int y = 0; y < back.getHeight(); y++) {
            for (int x = 0; x < back.getWidth(); x++) {
                int v = back.getRaster().getSample(x, y, 0);
                sum += v;
                squares += (double) v * v;
            }
        }
        int n = back.getWidth() * back.getHeight();
        double deviation = Math.sqrt(squares / n - (sum / n) * (sum / n));
        assertThat(deviation).as("the noise's standard deviation, 40 in the original").isLessThan(22);
    }

    @Test
    void aRedactionIsBurnedInWithNothingOfItShowing() throws IOException {
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
        for (int y = 0; y < back.getHeight(); y++) {
            for (int x = 0; x < back.getWidth(); x++) {
                int p = back.getRGB(x, y);
                assertThat((p >> 16 & 0xff) - (p & 0xff)).as("no red at (%d, %d), even where a pixel straddles the box's edge",
                        x, y).isLessThan(40);
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
    void aColourPhotoAtAGreyRungShowsItsColoursAsTheirLuma() throws IOException {
        BufferedImage stored = whiteWithRed(3024, 4032, BufferedImage.TYPE_3BYTE_BGR, 0, 0, 1512, 4032);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", jpeg);
        ShrinkStep compact = ShrinkStep.LADDER.get(ShrinkStep.LADDER.size() - 1);

        ImageShrinker.Shrunk s = ImageShrinker.shrink(jpeg.toByteArray(), List.of(), compact).orElseThrow();

        assertThat(s.grey()).isTrue();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(s.jpeg()));
        assertThat(back.getWidth()).isEqualTo(720);
        assertThat(back.getRaster().getSample(100, 400, 0)).as("red's luma").isCloseTo(AreaAverage.luma(255, 0, 0),
                org.assertj.core.data.Offset.offset(8));
        assertThat(back.getRaster().getSample(600, 400, 0)).as("white").isGreaterThan(245);
    }

    @Test
    void undecodableBytesGoInAsTheyAre() {
        assertThat(ImageShrinker.shrink(new byte[] {1, 2, 3}, List.of(), ShrinkStep.LADDER.get(0))).isEmpty();
    }

    /** Each pixel's luma averaged over the area it covers, in double precision: what a scaled screenshot should show. */
    private static double[] areaAveragedLuma(BufferedImage img, int width, int height) {
        double fx = (double) img.getWidth() / width;
        double fy = (double) img.getHeight() / height;
        double[] out = new double[width * height];
        for (int sy = 0; sy < img.getHeight(); sy++) {
            for (int sx = 0; sx < img.getWidth(); sx++) {
                int p = img.getRGB(sx, sy);
                double luma = 0.299 * (p >> 16 & 0xff) + 0.587 * (p >> 8 & 0xff) + 0.114 * (p & 0xff);
                for (int y = (int) (sy / fy); y < height && y * fy < sy + 1; y++) {
                    double wy = Math.min(sy + 1, (y + 1) * fy) - Math.max(sy, y * fy);
                    for (int x = (int) (sx / fx); x < width && x * fx < sx + 1; x++) {
                        double wx = Math.min(sx + 1, (x + 1) * fx) - Math.max(sx, x * fx);
                        if (wx > 0 && wy > 0) {
                            out[y * width + x] += luma * wx * wy / (fx * fy);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double psnr(BufferedImage grey, double[] want) {
        double squares = 0;
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                double d = grey.getRaster().getSample(x, y, 0) - want[y * grey.getWidth() + x];
                squares += d * d;
            }
        }
        return 10 * Math.log10(255.0 * 255 / (squares / want.length));
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
