package io.casevault.dossier;

import io.casevault.app.PdfChecks;
import io.casevault.domain.BlobSource;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The invisible text layer of screenshot pages: what a reader finds searching or copying, where it lies on the page,
 * what it leaves out (text under a redaction, characters the font lacks), and that it changes nothing a reader sees.
 */
class ScreenshotTextLayerTest {
    static final String ORDER = "2026110322001456789";
    static final String PHONE_LINE = "对方账户 138****5678";
    static final String RARE_LINE = "客服回复 😀 𰀀 已处理";
    static final List<String> TEXTS = List.of("账单详情 Bill details", "¥1,250.00", "交易成功", "订单号", ORDER,
            PHONE_LINE, RARE_LINE, "Payment to Star Trading Ltd");

    @TempDir
    static Path dir;
    static RenderedScreenshot.Shot upright;
    static RenderedScreenshot.Shot sideways;
    static Path withLayer;
    static Path withoutLayer;
    /** The same exhibits in a submission copy, their pictures reduced to 720 px: the layer must still fit them. */
    static Path compact;

    @BeforeAll
    static void write() throws IOException {
        upright = RenderedScreenshot.render(1080, TEXTS);
        sideways = upright.storedForOrientation6();
        Map<String, Path> files = new HashMap<>();
        Evidence first = evidence(1, png(upright.image(), "upright.png", files), 1);
        Evidence second = evidence(2, png(sideways.image(), "sideways.png", files), 6);
        // the redactions cover the phone number's line, which is still passed in: the dossier must drop it itself
        List<ExhibitInput> exhibits = List.of(
                new ExhibitInput(first, List.of(box(upright.line(PHONE_LINE))), null, upright.recognised()),
                new ExhibitInput(second, List.of(box(sideways.line(PHONE_LINE))), null, sideways.recognised()));
        BlobSource blobs = new BlobSource() {
            @Override
            public InputStream open(String sha256) throws IOException {
                return Files.newInputStream(files.get(sha256));
            }

            @Override
            public Path path(String sha256) {
                return files.get(sha256);
            }
        };
        withLayer = dir.resolve("with.pdf");
        withoutLayer = dir.resolve("without.pdf");
        DossierResult result = write(exhibits, blobs, withLayer);
        assertThat(result.textLines()).as("7 lines on each page; the phone number's is left out").isEqualTo(14);
        // the same lines moved off the picture: the page states the same facts above it and carries no layer
        write(exhibits.stream().map(x -> x.withLines(offThePicture(x))).toList(), blobs, withoutLayer);
        compact = dir.resolve("compact.pdf");
        writeCompact(exhibits, blobs, compact);
    }

    @Test
    void theScreenshotLinesCanBeFoundAndCopied() throws IOException {
        String text = PdfChecks.text(withLayer);
        String without = PdfChecks.text(withoutLayer);
        for (String line : List.of(ORDER, "¥1,250.00", "交易成功", "Payment to Star Trading Ltd", "账单详情 Bill details")) {
            assertThat(count(text, line) - count(without, line)).as(line + ", once per page").isEqualTo(2);
        }
    }

    @Test
    void textUnderARedactionIsNotInTheLayer() throws IOException {
        assertThat(PdfChecks.text(withLayer)).doesNotContain("138****5678", "****", "对方账户");
    }

    @Test
    void charactersTheFontLacksAreLeftOutAndTheRestOfTheLineStays() throws IOException {
        String text = PdfChecks.text(withLayer);
        assertThat(text).contains("客服回复 已处理").doesNotContain("😀", "𰀀", "客服回复 □");
    }

    @Test
    void veraPdfFindsNoPdfA3bFailureWithTheLayerOn() throws Exception {
        assertThat(PdfChecks.pdfaFailures(withLayer)).isEmpty();
    }

    @Test
    void theLayerChangesNoPixel() throws IOException {
        try (PDDocument a = Loader.loadPDF(withLayer.toFile()); PDDocument b = Loader.loadPDF(withoutLayer.toFile())) {
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages());
            for (int page : imagePages(a)) {
                BufferedImage x = new PDFRenderer(a).renderImageWithDPI(page, 40);
                BufferedImage y = new PDFRenderer(b).renderImageWithDPI(page, 40);
                assertThat(x.getRGB(0, 0, x.getWidth(), x.getHeight(), null, 0, x.getWidth()))
                        .as("page %d", page + 1).isEqualTo(y.getRGB(0, 0, y.getWidth(), y.getHeight(), null, 0,
                                y.getWidth()));
            }
        }
    }

    /** Exhibit 1 is upright, exhibit 2 stored sideways with EXIF orientation 6: the text lies over the words in both. */
    @ParameterizedTest
    @CsvSource({"false, 0", "false, 1", "true, 0", "true, 1"})
    void aLineLiesOverItsWordsOnThePage(boolean reduced, int exhibit) throws IOException {
        try (PDDocument doc = Loader.loadPDF((reduced ? compact : withLayer).toFile())) {
            int pageIndex = imagePages(doc).get(exhibit);
            PDPage page = doc.getPage(pageIndex);
            PDImageXObject embedded = PdfChecks.images(page.getResources()).get(0);
            assertThat(Math.min(embedded.getWidth(), embedded.getHeight())).as("the picture's shorter side")
                    .isEqualTo(reduced ? 720 : 1080);
            float[] shown = shownImage(page);
            RenderedScreenshot.Line word = upright.line(ORDER);
            double sx = shown[2] / upright.image().getWidth();
            double sy = shown[3] / upright.image().getHeight();
            double left = shown[0] + word.x() * sx;
            double right = left + word.w() * sx;
            double bottom = shown[1] + shown[3] - (word.y() + word.h()) * sy;
            double height = word.h() * sy;

            List<TextPosition> glyphs = glyphsOf(doc, pageIndex, ORDER);
            float pageHeight = page.getMediaBox().getHeight();
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            assertThat((double) first.getXDirAdj()).as("left edge").isCloseTo(left, within(2.0));
            assertThat((double) last.getXDirAdj() + last.getWidthDirAdj()).as("right edge")
                    .isCloseTo(right, within(2.0));
            double baseline = pageHeight - first.getYDirAdj();
            assertThat(baseline).as("baseline just above the box's bottom").isBetween(bottom, bottom + 0.35 * height);
        }
    }

    @Test
    void theLayerUsesRenderingModeNeither() throws IOException {
        try (PDDocument doc = Loader.loadPDF(withLayer.toFile())) {
            String content = new String(doc.getPage(imagePages(doc).get(0)).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains("3 Tr");
        }
    }

    /** A one-volume submission copy whose pictures are re-encoded at the ladder's most compact rung. */
    private static void writeCompact(List<ExhibitInput> exhibits, BlobSource blobs, Path out) throws IOException {
        Map<Long, PreparedExhibit.Image> images = new HashMap<>();
        for (ExhibitInput x : exhibits) {
            byte[] original = Files.readAllBytes(blobs.path(x.evidence().sha256()));
            byte[] jpeg = ImageShrinker.shrink(original, x.redactions(), ShrinkStep.LADDER.get(5)).orElseThrow()
                    .jpeg();
            Path file = dir.resolve("reduced-" + x.evidence().id() + ".jpg");
            Files.write(file, jpeg);
            images.put(x.evidence().id(), new PreparedExhibit.JpegAsIs(file, jpeg.length,
                    JpegHeader.parse(jpeg).orElseThrow()));
        }
        new DossierWriter(Runnable::run, 1).write(input(exhibits, blobs), options(),
                new Volume(1, VolumePlan.single(exhibits.size()), images, "reduced"), out, DossierProgress.NONE);
    }

    private static DossierResult write(List<ExhibitInput> exhibits, BlobSource blobs, Path out) throws IOException {
        return new DossierWriter(Runnable::run, 1).write(input(exhibits, blobs), options(), out, DossierProgress.NONE);
    }

    private static DossierOptions options() {
        return new DossierOptions(Lang.EN, false, false, ZoneId.of("Asia/Shanghai"),
                Instant.parse("2026-11-25T02:00:00Z"));
    }

    private static DossierInput input(List<ExhibitInput> exhibits, BlobSource blobs) {
        Case c = new Case(1, "截图文字层 Screenshot text", "支付宝 Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null,
                List.of(), CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 4), null, List.of(),
                Instant.parse("2026-11-04T00:00:00Z"), null, false);
        return new DossierInput(c, List.of(), exhibits, List.of(), List.of(), List.of(), List.of(), blobs);
    }

    private static Path png(BufferedImage image, String name, Map<String, Path> files) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        files.put(Hashes.hex(Hashes.sha256().digest(Files.readAllBytes(file))), file);
        return file;
    }

    private static Evidence evidence(int n, Path file, int orientation) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        BufferedImage img = ImageIO.read(file.toFile());
        return new Evidence(n, 1, Hashes.hex(Hashes.sha256().digest(bytes)), file.getFileName().toString(),
                "image/png", bytes.length, img.getWidth(), img.getHeight(), orientation, null,
                CaptureSource.IMPORT_TIME, Instant.parse("2026-11-04T00:00:00Z"), "", List.of(), n, null);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** The exhibit's lines beside the picture, where no layer is drawn; a redacted line stays under its box. */
    private static List<RecognisedLine> offThePicture(ExhibitInput x) {
        int width = x.evidence().width();
        return x.lines().stream().map(l -> x.redactions().stream().anyMatch(l::overlaps) ? l
                : new RecognisedLine(l.text(), l.confidence(), l.x() + width, l.y(), l.w(), l.h())).toList();
    }

    private static Redaction box(RenderedScreenshot.Line line) {
        return new Redaction(line.x(), line.y(), line.w(), line.h());
    }

    private static List<Integer> imagePages(PDDocument doc) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            if (!PdfChecks.images(doc.getPage(i).getResources()).isEmpty()) {
                pages.add(i);
            }
        }
        return pages;
    }

    /**
     * The glyphs of the last occurrence of {@code text} on a page, as a PDF reader places them: the layer is drawn
     * after the page's header, which may state the same number.
     */
    private static List<TextPosition> glyphsOf(PDDocument doc, int pageIndex, String text) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) throws IOException {
                int at = string.indexOf(text);
                if (at >= 0 && positions.size() == string.length()) {
                    found.clear();
                    found.addAll(positions.subList(at, at + text.length()));
                }
                super.writeString(string, positions);
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(doc);
        assertThat(found).as(text + " on page " + (pageIndex + 1)).hasSize(text.length());
        return found;
    }

    /** Where the page's image is seen: {x, y, width, height} of its drawn unit square, whatever its rotation. */
    private static float[] shownImage(PDPage page) throws IOException {
        List<Matrix> drawn = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName())
                        && getResources().getXObject((COSName) operands.get(0)) instanceof PDImageXObject) {
                    drawn.add(getGraphicsState().getCurrentTransformationMatrix().clone());
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        assertThat(drawn).hasSize(1);
        Matrix m = drawn.get(0);
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = m.transformPoint(corner[0], corner[1]);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        return new float[] {minX, minY, maxX - minX, maxY - minY};
    }
}
