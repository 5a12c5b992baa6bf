package io.casevault.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission copy's own PNG decoding: the same pixels as the file holds, alpha laid on white, sub × sub blocks averaged. */
class PngPixelsTest {

    @ParameterizedTest(name = "colour type {0}, every {1} pixel(s)")
    @CsvSource({"0, 1", "2, 1", "4, 1", "6, 1", "2, 2", "6, 3", "0, 2"})
    void everyKindOfPhonePngDecodesToItsPixelsOnWhite(int colourType, int sub) throws IOException {
        Random random = new Random(31L * colourType + sub);
        int width = 37;
        int height = 23;
        int channels = switch (colourType) {
            case 0 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            default -> 4;
        };
        int[][] samples = new int[width * height][channels];
        for (int[] pixel : samples) {
            for (int c = 0; c < channels; c++) {
                // smooth runs and noise both, so the encoder picks several filter types
                pixel[c] = random.nextInt(4) == 0 ? random.nextInt(256) : 200;
            }
        }
        byte[] png = png(samples, width, height, channels);
        PngPassthrough.Header header = PngPixels.decodable(png).orElseThrow();
        assertThat(header.colorType()).isEqualTo(colourType);

        BufferedImage decoded = PngPixels.decode(png, header, sub);

        assertThat(decoded.getWidth()).isEqualTo((width + sub - 1) / sub);
        assertThat(decoded.getHeight()).isEqualTo((height + sub - 1) / sub);
        boolean alpha = channels == 2 || channels == 4;
        for (int y = 0; y < decoded.getHeight(); y++) {
            for (int x = 0; x < decoded.getWidth(); x++) {
                double[] mean = new double[3];
                int n = 0;
                for (int sy = y * sub; sy < Math.min(height, (y + 1) * sub); sy++) {
                    for (int sx = x * sub; sx < Math.min(width, (x + 1) * sub); sx++, n++) {
                        int[] s = samples[sy * width + sx];
                        int a = alpha ? s[channels - 1] : 255;
                        int[] rgb = channels <= 2 ? new int[] {s[0], s[0], s[0]} : new int[] {s[0], s[1], s[2]};
                        for (int c = 0; c < 3; c++) {
                            mean[c] += rgb[c] * a / 255.0 + 255 * (1 - a / 255.0);
                        }
                    }
                }
                int p = decoded.getRGB(x, y);
                int[] got = {p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff};
                for (int c = 0; c < 3; c++) {
                    assertThat((double) got[c]).as("(%d, %d) channel %d", x, y, c).isCloseTo(mean[c] / n,
                            org.assertj.core.data.Offset.offset(1.0));
                }
            }
        }
    }

    @Test
    void aOnePixelStrokeSurvivesDecodingAtAThirdAsGrey() throws IOException {
        int[][] samples = new int[30 * 30][3];
        for (int i = 0; i < samples.length; i++) {
            int v = i % 30 == 13 ? 0 : 255; // a black vertical line one pixel wide, in no column a third would pick
            samples[i] = new int[] {v, v, v};
        }
        byte[] png = png(samples, 30, 30, 3);

        BufferedImage decoded = PngPixels.decode(png, PngPixels.decodable(png).orElseThrow(), 3);

        assertThat(decoded.getRGB(4, 5) & 0xff).as("the stroke's column, averaged").isBetween(160, 175);
        assertThat(decoded.getRGB(3, 5) & 0xff).isEqualTo(255);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3024, 4032, 1080, 2", "3024, 4032, 720, 4", "1080, 2400, 720, 1", "1440, 3200, 720, 2",
            "719, 1600, 720, 1", "2159, 3000, 1080, 1", "2160, 3000, 1080, 2"})
    void decodingSkipsAsMuchAsLeavesTheShorterSideAtLeastTheTarget(int w, int h, int target, int expected) {
        int sub = ImageShrinker.subsampling(w, h, target);

        assertThat(sub).isEqualTo(expected);
        assertThat(Math.min(w, h) / sub).isGreaterThanOrEqualTo(Math.min(target, Math.min(w, h)));
        int picked = ImageShrinker.pointSampling(w, h, target);
        assertThat(Math.min(w, h) / picked).as("ImageIO's picking leaves twice the target, for a halving to average")
                .isGreaterThanOrEqualTo(Math.min(2 * target, Math.min(w, h)));
        assertThat(picked).isLessThanOrEqualTo(sub);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"palette", "sixteen bits"})
    void otherPngsAreLeftToImageIo(String kind) throws IOException {
        BufferedImage img = kind.equals("palette") ? new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED)
                : new BufferedImage(8, 8, BufferedImage.TYPE_USHORT_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);

        assertThat(PngPixels.decodable(out.toByteArray())).isEmpty();
        assertThat(ImageShrinker.shrink(out.toByteArray(), java.util.List.of(), ShrinkStep.LADDER.get(0)))
                .as("ImageIO still decodes it").isPresent();
    }

    private static byte[] png(int[][] samples, int width, int height, int channels) throws IOException {
        boolean alpha = channels == 2 || channels == 4;
        ColorSpace space = ColorSpace.getInstance(channels <= 2 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel model = new ComponentColorModel(space, alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, samples[y * width + x]);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(new BufferedImage(model, raster, false, null), "png", out)).isTrue();
        return out.toByteArray();
    }
}
