package io.casevault.dossier;

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

/** The submission copy's own PNG decoding: the same pixels as the file holds, alpha laid on white, areas averaged. */
class PngPixelsTest {

    @ParameterizedTest(name = "colour type {0} to {1} x {2}, grey {3}")
    @CsvSource({"0, 37, 23, false", "2, 37, 23, false", "4, 37, 23, false", "6, 37, 23, false", "2, 25, 15, false",
            "6, 12, 8, false", "0, 19, 12, true", "6, 37, 23, true", "2, 24, 16, true"})
    void everyKindOfPhonePngDecodesToItsPixelsOnWhiteAreasAveraged(int colourType, int toWidth, int toHeight,
                                                                  boolean grey) throws IOException {
        Random random = new Random(31L * colourType + toWidth);
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

        BufferedImage decoded = PngPixels.decode(png, header, toWidth, toHeight, grey);

        assertAreasAveraged(samples, width, height, channels, decoded, toWidth, toHeight, grey, 1);
    }

    /**
     * Rows like the row above (a screenshot's background) and images taller than the rows inflated at a time decode
     * the same way: every row's pixels, in every block.
     */
    @ParameterizedTest(name = "colour type {0}, grey {1}")
    @CsvSource({"2, false", "2, true", "6, false", "6, true", "0, true"})
    void aTallPngWithRunsOfEqualRowsDecodesEveryRow(int colourType, boolean grey) throws IOException {
        Random random = new Random(7L * colourType + (grey ? 1 : 0));
        int width = 40;
        int height = 3000;
        int channels = colourType == 0 ? 1 : colourType == 2 ? 3 : 4;
        int[][] samples = new int[width * height][];
        for (int y = 0; y < height; y++) {
            boolean repeat = y > 0 && random.nextInt(4) != 0;
            for (int x = 0; x < width; x++) {
                int[] pixel = new int[channels];
                for (int c = 0; c < channels; c++) {
                    pixel[c] = random.nextInt(3) == 0 ? random.nextInt(256) : 255 - c;
                }
                samples[y * width + x] = repeat ? samples[(y - 1) * width + x] : pixel;
            }
        }
        byte[] png = png(samples, width, height, channels);
        PngPassthrough.Header header = PngPixels.decodable(png).orElseThrow();

        BufferedImage decoded = PngPixels.decode(png, header, 25, 1875, grey);

        assertAreasAveraged(samples, width, height, channels, decoded, 25, 1875, grey, 7);
    }

    /** Every {@code rowStep}-th row of the decoded picture against the mean of the source pixels under each pixel. */
    private static void assertAreasAveraged(int[][] samples, int width, int height, int channels, BufferedImage decoded,
                                            int toWidth, int toHeight, boolean grey, int rowStep) {
        assertThat(decoded.getWidth()).isEqualTo(toWidth);
        assertThat(decoded.getHeight()).isEqualTo(toHeight);
        boolean alpha = channels == 2 || channels == 4;
        double fx = (double) width / toWidth;
        double fy = (double) height / toHeight;
        for (int y = 0; y < toHeight; y += rowStep) {
            for (int x = 0; x < toWidth; x++) {
                double[] mean = new double[3];
                for (int sy = (int) (y * fy); sy < Math.min(height, Math.ceil((y + 1) * fy)); sy++) {
                    double wy = Math.min(sy + 1, (y + 1) * fy) - Math.max(sy, y * fy);
                    for (int sx = (int) (x * fx); sx < Math.min(width, Math.ceil((x + 1) * fx)); sx++) {
                        double wx = Math.min(sx + 1, (x + 1) * fx) - Math.max(sx, x * fx);
                        int[] s = samples[sy * width + sx];
                        int a = alpha ? s[channels - 1] : 255;
                        int[] rgb = channels <= 2 ? new int[] {s[0], s[0], s[0]} : new int[] {s[0], s[1], s[2]};
                        for (int c = 0; c < 3; c++) {
                            mean[c] += (rgb[c] * a / 255.0 + 255 * (1 - a / 255.0)) * wx * wy / (fx * fy);
                        }
                    }
                }
                int p = decoded.getRGB(x, y);
                int v = grey ? decoded.getRaster().getSample(x, y, 0) : 0; // getRGB would brighten linear grey
                int[] got = grey ? new int[] {v, v, v} : new int[] {p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff};
                double[] want = grey ? new double[] {luma(mean), luma(mean), luma(mean)} : mean;
                for (int c = 0; c < 3; c++) {
                    assertThat((double) got[c]).as("(%d, %d) channel %d", x, y, c).isCloseTo(want[c],
                            org.assertj.core.data.Offset.offset(1.5));
                }
            }
        }
    }

    private static double luma(double[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
    }

    @ParameterizedTest(name = "to {0} pixels wide")
    @CsvSource({"10, 160, 180", "20, 160, 180"})
    void aOnePixelStrokeSurvivesScalingDownAsGrey(int toWidth, int darkest, int brightest) throws IOException {
        int[][] samples = new int[30 * 30][3];
        for (int i = 0; i < samples.length; i++) {
            int v = i % 30 == 13 ? 0 : 255; // a black vertical line one pixel wide, in no column a third would pick
            samples[i] = new int[] {v, v, v};
        }
        byte[] png = png(samples, 30, 30, 3);

        BufferedImage decoded = PngPixels.decode(png, PngPixels.decodable(png).orElseThrow(), toWidth, toWidth, false);

        for (int y = 0; y < toWidth; y++) {
            int min = 255;
            for (int x = 0; x < toWidth; x++) {
                min = Math.min(min, decoded.getRGB(x, y) & 0xff);
            }
            assertThat(min).as("the stroke in row %d, averaged", y).isBetween(darkest, brightest);
        }
        assertThat(decoded.getRGB(0, 5) & 0xff).isEqualTo(255);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3024, 4032, 1080, 1", "3024, 4032, 720, 2", "1080, 2400, 720, 1", "1440, 3200, 720, 1",
            "4320, 5760, 720, 3", "6000, 8000, 720, 4"})
    void imageIoPicksPixelsOnlyAsFarAsLeavesTwiceTheTarget(int w, int h, int target, int expected) {
        int picked = ImageShrinker.pointSampling(w, h, target);

        assertThat(picked).isEqualTo(expected);
        assertThat(Math.min(w, h) / picked).as("ImageIO's picking leaves twice the target, for averaging to do the rest")
                .isGreaterThanOrEqualTo(Math.min(2 * target, Math.min(w, h)));
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
