package io.casevault.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A re-encoded or rescaled copy looks the same; another screenshot does not. */
class PerceptualHashTest {

    /** A phone-screenshot-like picture: a coloured header, lines of text, a button; {@code seed} varies the content. */
    static BufferedImage screenshot(long seed, int width) {
        Random random = new Random(seed);
        int height = width * 2;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(random.nextInt(0xffffff)));
        g.fillRect(0, 0, width, height / 8 + random.nextInt(height / 8));
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, width / 18));
        for (int i = 0; i < 12; i++) {
            int y = height / 4 + i * height / 16;
            int x = width / 12 + random.nextInt(width / 4);
            g.fillRect(x, y, width / 3 + random.nextInt(width / 2), height / 60);
        }
        g.setColor(new Color(random.nextInt(0xffffff)));
        g.fillRoundRect(width / 8, height - height / 6 - random.nextInt(height / 8), width * 3 / 4, height / 14, 20, 20);
        g.dispose();
        return img;
    }

    static BufferedImage jpegRoundTrip(BufferedImage img, float quality) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    static BufferedImage scaled(BufferedImage img, int width) {
        int height = img.getHeight() * width / img.getWidth();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aReEncodedOrRescaledCopyLooksTheSame(long seed) throws IOException {
        BufferedImage original = screenshot(seed, 1080);
        PerceptualHash look = PerceptualHash.of(original);

        assertThat(look.looksTheSame(PerceptualHash.of(jpegRoundTrip(original, 0.6f)))).isTrue();
        assertThat(look.looksTheSame(PerceptualHash.of(scaled(original, 540)))).isTrue();
        assertThat(look.looksTheSame(PerceptualHash.of(jpegRoundTrip(scaled(original, 720), 0.8f)))).isTrue();
    }

    /** The same page with another amount and order number drawn on it, as two transfers' screenshots differ. */
    static BufferedImage withAmount(long seed, String amount, String order) {
        BufferedImage img = screenshot(seed, 1080);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
        g.drawString(amount, 270, 540);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("Order " + order, 108, 1620);
        g.dispose();
        return img;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSamePageWithAnotherAmountDoesNotLookTheSame(long seed) throws IOException {
        BufferedImage page = withAmount(seed, "¥1,250.00", "2026110322001456781");
        BufferedImage otherAmount = jpegRoundTrip(withAmount(seed, "¥1,350.00", "2026110322001456781"), 0.7f);

        assertThat(PerceptualHash.of(page).looksTheSame(PerceptualHash.of(otherAmount))).isFalse();
        assertThat(PerceptualHash.of(page).looksTheSame(PerceptualHash.of(scaled(otherAmount, 540)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void atTheSameSizeTheFineGridSeesOneChangedDigitAndNotReEncoding(long seed) throws IOException {
        BufferedImage page = withAmount(seed, "¥1,250.00", "2026110322001456781");
        BufferedImage otherOrder = jpegRoundTrip(withAmount(seed, "¥1,250.00", "2026110322001456789"), 0.8f);

        assertThat(PerceptualHash.fine(page).looksTheSame(PerceptualHash.fine(otherOrder))).isFalse();
        for (float quality : new float[] {0.5f, 0.6f, 0.8f, 0.95f}) {
            assertThat(PerceptualHash.fine(page).looksTheSame(PerceptualHash.fine(jpegRoundTrip(page, quality))))
                    .as("JPEG quality %s", quality).isTrue();
        }
    }

    @Test
    void differentScreenshotsDoNotLookTheSame() {
        for (long a = 1; a <= 12; a++) {
            for (long b = a + 1; b <= 12; b++) {
                assertThat(PerceptualHash.of(screenshot(a, 540)).looksTheSame(PerceptualHash.of(screenshot(b, 540))))
                        .as("screenshots %d and %d", a, b).isFalse();
            }
        }
    }

    @Test
    void aPictureOfAnotherShapeDoesNotLookTheSame() {
        BufferedImage original = screenshot(3, 1080);
        BufferedImage cropped = original.getSubimage(0, 0, 1080, 1800);
        assertThat(PerceptualHash.of(original).difference(PerceptualHash.of(cropped))).isEqualTo(-1);
    }

    @Test
    void transparentPixelsCountAsWhite() {
        BufferedImage clear = new BufferedImage(90, 80, BufferedImage.TYPE_INT_ARGB);
        BufferedImage white = new BufferedImage(90, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 90, 80);
        g.dispose();
        assertThat(PerceptualHash.of(clear).difference(PerceptualHash.of(white))).isZero();
    }

    @Test
    void theStoredFormReadsBackAndAForeignOneIsRefused() {
        PerceptualHash look = PerceptualHash.of(screenshot(5, 540));
        assertThat(PerceptualHash.fromBytes(look.toBytes()).difference(look)).isZero();
        assertThat(PerceptualHash.of(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)).toBytes()).hasSize(32 * 32 + 1);
        assertThat(PerceptualHash.of(screenshot(5, 540)).toBytes()).hasSize(64 * 32 + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerceptualHash.fromBytes(new byte[] {2, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
