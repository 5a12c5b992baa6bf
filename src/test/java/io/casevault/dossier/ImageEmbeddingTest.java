package io.casevault.dossier;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.domain.Redaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an exhibit's picture goes into the dossier: the bytes of a JPEG and the compressed rows of a PNG unchanged,
 * a re-encoding only where the picture must change (translucency, redaction).
 */
class ImageEmbeddingTest {
    @TempDir
    Path tmp;

    /** The embedding method and the image as a reader's PDF software finds it in the saved file. */
    record Result(ImageEmbedder.Method method, COSDictionary stream, byte[] raw, BufferedImage pixels,
                  boolean softMask) {
    }

    private Result embed(Path file, String mediaType, List<Redaction> redactions) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String sha = Hashes.hex(Hashes.sha256().digest(bytes));
        Evidence e = new Evidence(1, 1, sha, file.getFileName().toString(), mediaType, bytes.length, null, null, 1,
                null, CaptureSource.IMPORT_TIME, Instant.EPOCH, "", List.of(), 1, null);
        PreparedExhibit prepared = PreparedExhibit.prepare(new ExhibitInput(e, redactions, null),
                new OneFileBlobs(file), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEmbedder.Method method;
        try (PDDocument doc = new PDDocument()) {
            ImageEmbedder.Embedded embedded = ImageEmbedder.embed(doc, prepared.image(), mediaType, redactions)
                    .orElseThrow();
            method = embedded.method();
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(embedded.image(), 10, 10, 200, 200);
            }
            doc.save(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDPage page = doc.getPage(0);
            COSName name = page.getResources().getXObjectNames().iterator().next();
            PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
            byte[] raw;
            try (InputStream in = image.getCOSObject().createRawInputStream()) {
                raw = in.readAllBytes();
            }
            return new Result(method, image.getCOSObject(), raw, image.getImage(),
                    image.getCOSObject().getDictionaryObject(COSName.SMASK) != null);
        }
    }

    private static BufferedImage noise(int width, int height, int type, long seed) {
        Random random = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
            }
        }
        return img;
    }

    private Path write(BufferedImage img, String format, String name) throws IOException {
        Path file = tmp.resolve(name);
        assertThat(ImageIO.write(img, format, file.toFile())).isTrue();
        return file;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        boolean grey = expected.getType() == BufferedImage.TYPE_BYTE_GRAY;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                // Java treats a grey image's samples as linear light and brightens them in getRGB; the PDF shows
                // the sample values as DeviceGray, so grey is compared by its samples
                int want = grey ? expected.getRaster().getSample(x, y, 0) * 0x010101 : expected.getRGB(x, y) & 0xFFFFFF;
                assertThat(actual.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(want);
            }
        }
    }

    @Test
    void aJpegGoesInByteForByte() throws IOException {
        Path file = write(noise(64, 48, BufferedImage.TYPE_INT_RGB, 1), "jpg", "photo.jpg");
        Result r = embed(file, "image/jpeg", List.of());
        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.JPEG_AS_IS);
        assertThat(r.stream().getDictionaryObject(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
        assertThat(r.raw()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void rgbGreyAndPalettePngsKeepTheirCompressedRowsWithPredictors() throws IOException {
        BufferedImage grey = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 40, 30, 0, new Random(2).ints(1200, 0, 256).toArray());
        byte[] r = new byte[16];
        byte[] g = new byte[16];
        byte[] b = new byte[16];
        new Random(3).nextBytes(r);
        new Random(4).nextBytes(g);
        new Random(5).nextBytes(b);
        BufferedImage palette = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(4, 16, r, g, b));
        palette.getRaster().setSamples(0, 0, 40, 30, 0, new Random(6).ints(1200, 0, 16).toArray());
        for (BufferedImage img : List.of(noise(40, 30, BufferedImage.TYPE_INT_RGB, 7), grey, palette)) {
            Path file = write(img, "png", "shot-" + img.getType() + ".png");
            Result result = embed(file, "image/png", List.of());
            assertThat(result.method()).as("type " + img.getType()).isEqualTo(ImageEmbedder.Method.PNG_AS_IS);
            assertThat(result.stream().getDictionaryObject(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            COSDictionary parms = (COSDictionary) result.stream().getDictionaryObject(COSName.DECODE_PARMS);
            assertThat(parms.getInt(COSName.PREDICTOR)).isEqualTo(15);
            assertThat(result.softMask()).isFalse();
            assertSamePixels(result.pixels(), ImageIO.read(file.toFile()));
            assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("the PNG's compressed rows are in the PDF as they are in the file")
                    .contains(new String(result.raw(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void anOpaqueAlphaChannelIsDroppedWithoutASoftMask() throws IOException {
        BufferedImage img = noise(40, 30, BufferedImage.TYPE_INT_ARGB, 8);
        Path file = write(img, "png", "opaque.png");
        Result r = embed(file, "image/png", List.of());
        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.PNG_ALPHA_DROPPED);
        assertThat(r.softMask()).isFalse();
        assertSamePixels(r.pixels(), img);
    }

    /** Rows of seeded random colour samples with every alpha (the last sample of a pixel) at 255. */
    private static byte[][] opaqueRows(int width, int height, int bpp, long seed) {
        Random random = new Random(seed);
        byte[][] rows = new byte[height][width * bpp];
        for (byte[] row : rows) {
            random.nextBytes(row);
            for (int i = bpp - 1; i < row.length; i += bpp) {
                row[i] = (byte) 0xff;
            }
        }
        return rows;
    }

    /** Row y uses {@code filter}, every other row a different one, so rows of one kind follow rows of another. */
    private static int[] filters(int height, int filter) {
        return java.util.stream.IntStream.range(0, height).map(y -> y % 2 == 0 ? filter : (filter + y) % 5).toArray();
    }

    @ParameterizedTest(name = "colour type {0}, filter {1}")
    @CsvSource({"6, 0", "6, 1", "6, 2", "6, 3", "6, 4", "4, 0", "4, 1", "4, 2", "4, 3", "4, 4"})
    void anOpaqueAlphaChannelIsDroppedFromRowsOfEveryFilterAndThePixelsStayTheSame(int colorType, int filter)
            throws IOException {
        int bpp = colorType == 6 ? 4 : 2;
        byte[][] rows = opaqueRows(23, 17, bpp, 31L * colorType + filter);
        Path file = tmp.resolve("opaque-" + colorType + "-" + filter + ".png");
        Files.write(file, PngFixture.png(23, colorType, rows, filters(17, filter)));

        Result r = embed(file, "image/png", List.of());

        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.PNG_ALPHA_DROPPED);
        assertThat(r.softMask()).isFalse();
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < 23; x++) {
                byte[] px = java.util.Arrays.copyOfRange(rows[y], x * bpp, x * bpp + bpp);
                int want = colorType == 6 ? (px[0] & 0xff) << 16 | (px[1] & 0xff) << 8 | px[2] & 0xff
                        : (px[0] & 0xff) * 0x010101;
                assertThat(r.pixels().getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(want);
            }
        }
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void oneTranslucentPixelInARowOfAnyFilterKeepsTheSoftMask(int filter) throws IOException {
        byte[][] rows = opaqueRows(19, 11, 4, 70 + filter);
        rows[7][4 * 12 + 3] = (byte) 0xfe;
        Path file = tmp.resolve("translucent-" + filter + ".png");
        Files.write(file, PngFixture.png(19, 6, rows, filters(11, filter)));

        Result r = embed(file, "image/png", List.of());

        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertThat(r.softMask()).isTrue();
    }

    /**
     * The alpha check reads the filtered alpha bytes against what an opaque row filters to, which differs for the first
     * pixel of a row and for the first row: a translucent pixel there, in rows of every filter, is found too.
     */
    @ParameterizedTest(name = "colour type {0}, filter {1}, pixel {2},{3}, alpha {4}")
    @CsvSource({"6, 0, 0, 0, 254", "6, 1, 0, 0, 0", "6, 2, 0, 0, 128", "6, 3, 0, 0, 127", "6, 4, 0, 0, 1",
            "6, 1, 18, 0, 0", "6, 2, 18, 0, 254", "6, 3, 18, 0, 128", "6, 4, 18, 0, 0",
            "6, 1, 0, 6, 0", "6, 2, 0, 6, 0", "6, 3, 0, 6, 128", "6, 4, 0, 6, 127", "6, 0, 17, 6, 0",
            "6, 3, 3, 6, 127", "6, 4, 16, 9, 254",
            "4, 0, 0, 0, 254", "4, 2, 0, 0, 0", "4, 3, 0, 6, 128", "4, 4, 18, 0, 0", "4, 1, 9, 6, 254"})
    void aTranslucentFirstPixelOrFirstRowKeepsTheSoftMask(int colorType, int filter, int x, int y, int alpha)
            throws IOException {
        int bpp = colorType == 6 ? 4 : 2;
        byte[][] rows = opaqueRows(19, 11, bpp, 500 + 7L * filter + x + y);
        rows[y][bpp * x + bpp - 1] = (byte) alpha;
        Path file = tmp.resolve("edge-" + colorType + "-" + filter + "-" + x + "-" + y + ".png");
        Files.write(file, PngFixture.png(19, colorType, rows, filters(11, filter)));

        Result r = embed(file, "image/png", List.of());

        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertThat(r.softMask()).isTrue();
    }

    @ParameterizedTest(name = "colour type {0}")
    @ValueSource(ints = {6, 4})
    void anOpaqueAlphaChannelIsDroppedFromATallImageSpreadOverManyIdatChunks(int colorType) throws IOException {
        // more rows than are handled at a time, and chunks that end inside rows
        int bpp = colorType == 6 ? 4 : 2;
        int width = 150;
        int height = 1100;
        byte[][] rows = opaqueRows(width, height, bpp, 900 + colorType);
        Path file = tmp.resolve("tall-" + colorType + ".png");
        Files.write(file, PngFixture.png(width, colorType, rows, filters(height, 4), 997));

        Result r = embed(file, "image/png", List.of());

        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.PNG_ALPHA_DROPPED);
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 3) {
                byte[] px = java.util.Arrays.copyOfRange(rows[y], x * bpp, x * bpp + bpp);
                int want = colorType == 6 ? (px[0] & 0xff) << 16 | (px[1] & 0xff) << 8 | px[2] & 0xff
                        : (px[0] & 0xff) * 0x010101;
                assertThat(r.pixels().getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(want);
            }
        }
    }

    @Test
    void aTranslucentPixelInTheLastRowOfATallImageKeepsTheSoftMask() throws IOException {
        byte[][] rows = opaqueRows(150, 1100, 4, 77);
        rows[1099][4 * 149 + 3] = 0;
        Path file = tmp.resolve("tall-translucent.png");
        Files.write(file, PngFixture.png(150, 6, rows, filters(1100, 1), 4096));

        Result r = embed(file, "image/png", List.of());

        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertThat(r.softMask()).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void rowsThatEndEarlyAreAnErrorNotAnEndlessWait() throws IOException {
        byte[] png = PngFixture.png(150, 6, opaqueRows(150, 1100, 4, 5), filters(1100, 2), 997);
        PngPassthrough.Header whole = PngPassthrough.parse(png).orElseThrow();
        int chunks = whole.idatOffsets().length;
        PngPassthrough.Header cut = new PngPassthrough.Header(whole.width(), whole.height(), whole.bitDepth(),
                whole.colorType(), whole.interlace(), null, false,
                java.util.Arrays.copyOf(whole.idatOffsets(), chunks / 2),
                java.util.Arrays.copyOf(whole.idatLengths(), chunks / 2));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PngPassthrough.dropOpaqueAlpha(png, cut))
                .isInstanceOf(IOException.class).hasMessageContaining("ends early");
    }

    private BufferedImage grey16(long seed) {
        BufferedImage img = new BufferedImage(21, 13, BufferedImage.TYPE_USHORT_GRAY);
        // multiples of 257 are the 8-bit values exactly, whichever way a reader scales 16 bits down
        img.getRaster().setSamples(0, 0, 21, 13, 0, new Random(seed).ints(21 * 13, 0, 256).map(v -> v * 257)
                .toArray());
        return img;
    }

    private Path interlaced(BufferedImage img, String name) throws IOException {
        Path file = tmp.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        assertThat(Files.readAllBytes(file)[28]).as("IHDR interlace method: Adam7").isEqualTo((byte) 1);
        return file;
    }

    @Test
    void sixteenBitAndInterlacedPngsAreReEncodedWithTheSamePixels() throws IOException {
        BufferedImage deep = grey16(40);
        Result sixteen = embed(write(deep, "png", "grey16.png"), "image/png", List.of());
        assertThat(sixteen.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        for (int y = 0; y < 13; y++) {
            for (int x = 0; x < 21; x++) {
                assertThat(sixteen.pixels().getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo((deep.getRaster().getSample(x, y, 0) >> 8) * 0x010101);
            }
        }
        BufferedImage rgb = noise(21, 13, BufferedImage.TYPE_INT_RGB, 41);
        Result adam7 = embed(interlaced(rgb, "interlaced.png"), "image/png", List.of());
        assertThat(adam7.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertThat(adam7.softMask()).isFalse();
        assertSamePixels(adam7.pixels(), rgb);
        BufferedImage grey = new BufferedImage(21, 13, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 21, 13, 0, new Random(43).ints(21 * 13, 0, 256).toArray());
        Result greyAdam7 = embed(interlaced(grey, "interlaced-grey.png"), "image/png", List.of());
        assertThat(greyAdam7.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertSamePixels(greyAdam7.pixels(), grey);
    }

    @Test
    void aPaletteWithATransparentEntryIsReEncodedWithASoftMask() throws IOException {
        byte[] r = {0, (byte) 200, 10, 90};
        byte[] g = {0, 30, (byte) 220, 90};
        byte[] b = {0, 60, 40, (byte) 250};
        byte[] a = {0, (byte) 255, (byte) 255, (byte) 255};
        BufferedImage img = new BufferedImage(18, 12, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 4, r, g,
                b, a));
        img.getRaster().setSamples(0, 0, 18, 12, 0, new Random(42).ints(18 * 12, 0, 4).toArray());
        Path file = write(img, "png", "palette-trns.png");
        assertThat(PngPassthrough.parse(Files.readAllBytes(file))).get().extracting(PngPassthrough.Header::tRNS)
                .isEqualTo(true);

        Result result = embed(file, "image/png", List.of());

        assertThat(result.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertThat(result.softMask()).isTrue();
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 18; x++) {
                int index = img.getRaster().getSample(x, y, 0);
                if (index != 0) {
                    assertThat(result.pixels().getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                            .isEqualTo(img.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }

    @Test
    void aTranslucentPngIsReEncodedWithItsSoftMask() throws IOException {
        BufferedImage img = noise(40, 30, BufferedImage.TYPE_INT_ARGB, 9);
        img.setRGB(5, 5, 0x80FF0000);
        Path file = write(img, "png", "translucent.png");
        Result r = embed(file, "image/png", List.of());
        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.REENCODED);
        assertThat(r.softMask()).isTrue();
    }

    @Test
    void aRedactedPngIsReEncodedWithTheBoxBurnedInAndNothingElseChanged() throws IOException {
        BufferedImage img = noise(40, 30, BufferedImage.TYPE_INT_RGB, 10);
        Path file = write(img, "png", "redact.png");
        Redaction box = new Redaction(5, 6, 10, 4);
        Result r = embed(file, "image/png", List.of(box));
        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.REDACTED);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                boolean inside = x >= 5 && x < 15 && y >= 6 && y < 10;
                assertThat(r.pixels().getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(inside ? 0 : img.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void aRedactedJpegIsReEncodedSoTheOriginalBytesAreNotInThePdf() throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                img.setRGB(x, y, 0xF0F0F0);
            }
        }
        Path file = write(img, "jpg", "redact.jpg");
        Result r = embed(file, "image/jpeg", List.of(new Redaction(16, 16, 24, 16)));
        assertThat(r.method()).isEqualTo(ImageEmbedder.Method.REDACTED);
        assertThat(r.raw()).isNotEqualTo(Files.readAllBytes(file));
        assertThat(r.pixels().getRGB(28, 24) & 0xFF).as("inside the box").isLessThan(16);
        assertThat(r.pixels().getRGB(4, 4) & 0xFF).as("outside the box").isGreaterThan(220);
    }
}
