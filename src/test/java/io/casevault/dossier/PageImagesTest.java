package io.casevault.dossier;

import io.casevault.domain.BlobSource;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.media.TestImages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.InflaterInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page-ready rows kept ahead of an export: used only when they are the original's, whole; else made again. */
class PageImagesTest {
    @TempDir
    Path tmp;

    /** A PNG of seeded random colours, every alpha 255 (or one pixel translucent), in rows of mixed filters. */
    private static byte[] png(int colorType, long seed, boolean oneTranslucent) throws IOException {
        int bpp = colorType == 6 ? 4 : colorType == 4 ? 2 : 3;
        Random random = new Random(seed);
        byte[][] rows = new byte[37][41 * bpp];
        int[] filters = new int[rows.length];
        for (int y = 0; y < rows.length; y++) {
            random.nextBytes(rows[y]);
            if (colorType == 4 || colorType == 6) {
                for (int i = bpp - 1; i < rows[y].length; i += bpp) {
                    rows[y][i] = (byte) 0xff;
                }
            }
            filters[y] = y % 5;
        }
        if (oneTranslucent) {
            rows[20][bpp * 7 + bpp - 1] = 0x40;
        }
        return PngFixture.png(41, colorType, rows, filters);
    }

    private static String sha(byte[] bytes) {
        return Hashes.hex(Hashes.sha256().digest(bytes));
    }

    private static PngPassthrough.Header header(byte[] png) {
        return PngPassthrough.parse(png).orElseThrow();
    }

    /** What the export finds of {@code kept} as the derived file of the original {@code sha256} of header {@code h}. */
    private Optional<PageImages.Kept> kept(byte[] kept, String sha256, PngPassthrough.Header h) throws IOException {
        Path file = tmp.resolve("kept-" + sha256);
        Files.write(file, kept);
        return PageImages.kept(new OneFileBlobs(tmp.resolve("original.png"), file), sha256, h);
    }

    /** The rows {@code k} points at in its file. */
    private static byte[] rows(PageImages.Kept k) throws IOException {
        return java.util.Arrays.copyOfRange(Files.readAllBytes(k.file()), (int) k.offset(),
                (int) (k.offset() + k.length()));
    }

    @ParameterizedTest(name = "colour type {0}")
    @ValueSource(ints = {6, 4})
    void keptRowsReadBackAsTheRowsTheExportWouldMake(int colorType) throws IOException {
        byte[] png = png(colorType, 11 + colorType, false);
        byte[] kept = PageImages.prepare(png, sha(png)).orElseThrow();

        PageImages.Kept read = kept(kept, sha(png), header(png)).orElseThrow();
        PngPassthrough.Opaque made = PngPassthrough.dropOpaqueAlpha(png, header(png)).orElseThrow();

        assertThat(read.width()).isEqualTo(41);
        assertThat(read.height()).isEqualTo(37);
        assertThat(read.colours()).isEqualTo(colorType == 6 ? 3 : 1);
        assertThat(inflate(rows(read))).isEqualTo(inflate(made.deflated()));
    }

    @Test
    void imagesTheExportEmbedsAsTheyAreOrCannotStripGetNoRows() throws IOException {
        byte[] rgb = png(2, 3, false);
        byte[] translucent = png(6, 4, true);
        assertThat(PageImages.prepare(rgb, sha(rgb))).isEmpty();
        assertThat(PageImages.prepare(translucent, sha(translucent))).isEmpty();
        assertThat(PageImages.prepare(new byte[] {1, 2, 3}, sha(new byte[] {1, 2, 3}))).isEmpty();
    }

    @Test
    void rowsOfAnotherOriginalOrADamagedOrCutFileAreNotUsed() throws IOException {
        byte[] png = png(6, 21, false);
        byte[] other = png(6, 22, false);
        byte[] kept = PageImages.prepare(png, sha(png)).orElseThrow();

        assertThat(kept(kept, sha(other), header(other))).as("another original").isEmpty();
        byte[] damaged = kept.clone();
        damaged[damaged.length - 3] ^= 1;
        assertThat(kept(damaged, sha(png), header(png))).as("a changed byte").isEmpty();
        assertThat(kept(java.util.Arrays.copyOf(kept, kept.length - 1), sha(png), header(png)))
                .as("cut short").isEmpty();
        byte[] wrongMagic = kept.clone();
        wrongMagic[7] = '9';
        assertThat(kept(wrongMagic, sha(png), header(png))).as("another layout").isEmpty();
        PngPassthrough.Header h = header(png);
        PngPassthrough.Header taller = new PngPassthrough.Header(h.width(), h.height() + 1, h.bitDepth(),
                h.colorType(), h.interlace(), h.palette(), h.tRNS(), h.idatOffsets(), h.idatLengths());
        assertThat(kept(kept, sha(png), taller)).as("another size").isEmpty();
    }

    @Test
    void theExportEmbedsKeptRowsAsTheyAreAndMakesThemAgainWhenTheyAreDamaged() throws IOException {
        byte[] png = png(6, 31, false);
        Path file = tmp.resolve("shot.png");
        Files.write(file, png);
        // rows kept with the strongest compression: other bytes than the export's own, the same pixels
        PngPassthrough.Opaque made = PngPassthrough.dropOpaqueAlpha(png, header(png)).orElseThrow();
        byte[] strong = TestImages.zlib(inflate(made.deflated()));
        assertThat(strong).isNotEqualTo(made.deflated());
        Path kept = tmp.resolve("cache/pages/" + sha(png));
        Files.createDirectories(kept.getParent());
        Files.write(kept, PageImages.encode(new PngPassthrough.Opaque(41, 37, 3, strong), sha(png)));
        BlobSource blobs = new OneFileBlobs(file, kept);

        PreparedExhibit.Image image = prepare(png, blobs);
        assertThat(image).isInstanceOf(PreparedExhibit.PngKept.class);
        PageImages.Kept rows = ((PreparedExhibit.PngKept) image).rows();
        assertThat(rows.file()).isEqualTo(kept);
        assertThat(rows(rows)).isEqualTo(strong);
        assertThat(List.of(rows.width(), rows.height(), rows.colours())).containsExactly(41, 37, 3);

        byte[] damaged = Files.readAllBytes(kept);
        damaged[damaged.length / 2] ^= 0x10;
        Files.write(kept, damaged);
        image = prepare(png, blobs);
        assertThat(((PreparedExhibit.PngOpaque) image).rows().deflated()).isEqualTo(made.deflated());

        Files.delete(kept);
        image = prepare(png, blobs);
        assertThat(((PreparedExhibit.PngOpaque) image).rows().deflated()).isEqualTo(made.deflated());
    }

    /**
     * Kept rows go into the PDF from their file as it is saved: the picture has the original's pixels, and a file
     * changed after it was checked fails the save, naming it, rather than showing something else.
     */
    @Test
    void keptRowsAreReadFromTheirFileWhenSavedAndAChangedFileFailsTheSave() throws IOException {
        byte[] png = png(6, 41, false);
        Path file = tmp.resolve("shot.png");
        Files.write(file, png);
        Path kept = tmp.resolve("cache/pages/" + sha(png));
        Files.createDirectories(kept.getParent());
        Files.write(kept, PageImages.prepare(png, sha(png)).orElseThrow());
        BlobSource blobs = new OneFileBlobs(file, kept);

        Path pdf = tmp.resolve("kept.pdf");
        save(prepare(png, blobs), pdf);

        java.awt.image.BufferedImage original = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDImageXObject image = (PDImageXObject) doc.getPage(0).getResources().getXObject(COSName.getPDFName("Im1"));
            java.awt.image.BufferedImage shown = image.getImage();
            assertThat(List.of(shown.getWidth(), shown.getHeight())).containsExactly(41, 37);
            for (int y = 0; y < 37; y++) {
                for (int x = 0; x < 41; x++) {
                    assertThat(shown.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y)
                            .isEqualTo(original.getRGB(x, y) & 0xffffff);
                }
            }
        }

        PreparedExhibit.Image checked = prepare(png, blobs);
        byte[] changed = Files.readAllBytes(kept);
        changed[changed.length - 5] ^= 0x01;
        Files.write(kept, changed);
        assertThatThrownBy(() -> save(checked, tmp.resolve("changed.pdf"))).isInstanceOf(IOException.class)
                .hasMessageContaining(kept.getFileName() + " changed while the dossier was written");
    }

    private static void save(PreparedExhibit.Image image, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            ImageEmbedder.Embedded embedded = ImageEmbedder.embed(doc, image, "image/png", List.of()).orElseThrow();
            assertThat(embedded.method()).isEqualTo(ImageEmbedder.Method.PNG_ALPHA_DROPPED);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(embedded.image(), 0, 0, 41, 37);
            }
            doc.save(pdf.toFile());
        }
    }

    private static PreparedExhibit.Image prepare(byte[] png, BlobSource blobs) throws IOException {
        Evidence e = new Evidence(1, 1, sha(png), "shot.png", "image/png", png.length, null, null, 1, null,
                CaptureSource.IMPORT_TIME, Instant.EPOCH, "", List.of(), 1, null);
        return PreparedExhibit.prepare(new ExhibitInput(e, List.of(), null), blobs, true).image();
    }

    private static byte[] inflate(byte[] zipped) throws IOException {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }
}
