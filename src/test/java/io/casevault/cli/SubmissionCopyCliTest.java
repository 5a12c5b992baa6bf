package io.casevault.cli;

import io.casevault.app.PdfChecks;
import io.casevault.domain.Hashes;
import io.casevault.dossier.RenderedScreenshot;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export --max-size}: a case of phone screenshots (each with a noisy photo in it, so the originals are large)
 * exported as a submission copy that fits the size, or is split into volumes that each do; every exhibit page is there,
 * the screenshots' recognised text can still be found, every original's hash is listed, veraPDF passes.
 */
class SubmissionCopyCliTest {
    static final int SHOTS = 8;
    static final String ORDER = "2026110322001456789";

    @TempDir
    static Path dir;
    static CliHarness cli;
    static String caseId;
    static List<String> hashes = new ArrayList<>();

    @BeforeAll
    static void caseOfScreenshots() throws Exception {
        cli = new CliHarness(dir.resolve("vault"));
        cli.ok("init");
        caseId = cli.ok("case", "add", "--title", "转账未到账 Transfer not received", "--provider", "Alipay");
        Random random = new Random(17);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < SHOTS; i++) {
            RenderedScreenshot.Shot shot = RenderedScreenshot.render(1080, List.of("账单详情", "¥1,250.00", "交易成功",
                    "订单号", ORDER, "Payment to Star Trading Ltd"));
            BufferedImage img = shot.image();
            // a product photo under the text: noise that no encoder can squeeze away, so that even at the most
            // compact rung the copy needs more than 1 MB
            for (int y = 1000; y < 2150; y++) {
                for (int x = 40; x < 1040; x++) {
                    int v = 60 + random.nextInt(160);
                    img.setRGB(x, y, v << 16 | (v / 2 + random.nextInt(40)) << 8 | 255 - v);
                }
            }
            Path png = dir.resolve("shot-" + i + ".png");
            ImageIO.write(img, "png", png.toFile());
            hashes.add(Hashes.hex(Hashes.sha256().digest(Files.readAllBytes(png))));
            files.add(png.toString());
        }
        List<String> add = new ArrayList<>(List.of("evidence", "add", "--case", caseId));
        add.addAll(files);
        cli.ok(add.toArray(String[]::new));
        assertThat(originalsBytes()).as("the originals alone are far over 1 MB").isGreaterThan(4_000_000);
    }

    @Test
    void aCopyThatFitsIsOneFileUnderTheSizeWithTextHashesAndNoOriginals() throws Exception {
        Path out = Files.createDirectories(dir.resolve("one")).resolve("copy.pdf");

        CliHarness.Result r = cli.run("export", "--case", caseId, "--out", out.toString(), "--max-size", "3MB");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(out.toString(), "1 file", "predicted", "pictures");
        assertThat(Files.size(out)).isLessThanOrEqualTo(3_000_000);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(PdfChecks.attachments(doc)).containsOnlyKeys("manifest.json");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(ORDER, "Payment to Star Trading Ltd", "sender keeps them", "E-1", "E-" + SHOTS);
            assertThat(text.replaceAll("\\s+", " ")).as("each exhibit page says who keeps its original")
                    .contains("the sender keeps the original").doesNotContain("export without originals");
            String joined = text.replaceAll("\\s+", "");
            assertThat(hashes).allSatisfy(h -> assertThat(joined).contains(h));
            for (PDPage page : doc.getPages()) {
                PdfChecks.images(page.getResources()).forEach(img -> assertThat(img.getWidth())
                        .as("screenshots are reduced, but not below a legible width").isBetween(720, 1080));
            }
        }
        assertThat(PdfChecks.pdfaFailures(out)).isEmpty();
        assertThat(Files.list(out.getParent())).containsExactly(out);
    }

    @Test
    void tooLargeForOneFileWithoutSplitIsOneSentenceExitTwoAndNoFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("none"));

        CliHarness.Result r = cli.run("export", "--case", caseId, "--out", folder.resolve("copy.pdf").toString(),
                "--max-size", "1MB");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("--split", "1.0 MB").doesNotContain("\n").doesNotContain("Exception");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void withSplitEveryVolumeFitsAndTogetherTheyHoldEveryExhibit() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("split"));
        Path out = folder.resolve("copy.pdf");

        CliHarness.Result r = cli.run("export", "--case", caseId, "--out", out.toString(), "--max-size", "1MB",
                "--split");

        assertThat(r.code()).as(r.err()).isZero();
        List<Path> volumes;
        try (Stream<Path> files = Files.list(folder)) {
            volumes = files.sorted().toList();
        }
        assertThat(volumes).hasSizeGreaterThan(1).allSatisfy(v -> assertThat(v.getFileName().toString())
                .matches("copy-\\d+\\.pdf"));
        assertThat(r.out()).contains(volumes.size() + " volumes");
        List<String> stamped = new ArrayList<>();
        for (Path v : volumes) {
            assertThat(Files.size(v)).as(v.toString()).isLessThanOrEqualTo(1_000_000);
            String text = PdfChecks.text(v);
            assertThat(text).as("each volume's contents names the volume of every exhibit").contains("volume")
                    .contains("E-1", "E-" + SHOTS);
            String joined = text.replaceAll("\\s+", "");
            assertThat(hashes).as("the full manifest is in every volume").allSatisfy(h -> assertThat(joined)
                    .contains(h));
            for (int i = 0; i < SHOTS; i++) {
                if (text.contains("Original file shot-" + i + ".png")) { // the exhibit's own page, not its contents line
                    stamped.add("shot-" + i);
                }
            }
            assertThat(text).as("the screenshots' recognised text is searchable").contains(ORDER);
            assertThat(PdfChecks.pdfaFailures(v)).as(v.toString()).isEmpty();
        }
        assertThat(stamped).as("every exhibit's page is in exactly one volume")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, SHOTS)
                        .mapToObj(i -> "shot-" + i).toList());
        assertThat(pages(volumes)).as("cover, contents and manifest in each, and one page per screenshot")
                .isGreaterThanOrEqualTo(volumes.size() * 3 + SHOTS);
    }

    private static int pages(List<Path> volumes) throws Exception {
        int n = 0;
        for (Path v : volumes) {
            try (PDDocument doc = Loader.loadPDF(v.toFile())) {
                n += doc.getNumberOfPages();
            }
        }
        return n;
    }

    private static long originalsBytes() throws Exception {
        long n = 0;
        for (int i = 0; i < SHOTS; i++) {
            n += Files.size(dir.resolve("shot-" + i + ".png"));
        }
        return n;
    }
}
