package io.casevault.app;

import io.casevault.domain.Hashes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dossier as a recipient receives it: readable, complete, verifiable, PDF/A-3b. */
class ExportServiceTest {
    @TempDir
    static Path dir;
    static DossierFixture fx;
    static Path english;
    static Path chinese;
    static ExportResult englishResult;

    @BeforeAll
    static void export() throws IOException {
        fx = new DossierFixture(dir);
        english = dir.resolve("dossier-en.pdf");
        chinese = dir.resolve("dossier-zh.pdf");
        englishResult = fx.session.exports().export(fx.caseId, new ExportOptions(english, ExportOptions.Language.EN,
                true, true, DossierFixture.ZONE), Progress.NONE);
        fx.session.exports().export(fx.caseId, new ExportOptions(chinese, ExportOptions.Language.ZH, true, false,
                DossierFixture.ZONE), Progress.NONE);
        String keep = System.getProperty("casevault.keepDossiers");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(english, Path.of(keep, "dossier-en.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(chinese, Path.of(keep, "dossier-zh.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void close() {
        fx.session.close();
    }

    @Test
    void textHasTheCaseInBothLanguagesAndEveryHash() throws IOException {
        String en = PdfChecks.text(english);
        String zh = PdfChecks.text(chinese);
        assertThat(en).contains("Evidence dossier", "支付宝转账未到账 Alipay transfer never arrived", "Statement of facts",
                "页面显示“转账成功”", "transfer shown as successful", "Totals per currency", "Appendix B: audit log");
        assertThat(zh).contains("证据材料汇编", "事实陈述与诉求", "交易记录", "按币种合计", "银行回单照片", "转账成功页面");
        for (var e : List.of(fx.screenshot, fx.rgbaShot, fx.photo, fx.redacted, fx.pdf, fx.notes)) {
            assertThat(en).contains(e.sha256());
            assertThat(zh).contains(e.sha256());
        }
        assertThat(en).contains(englishResult.manifestSha256());
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (Path pdf : List.of(english, chinese)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                var fonts = PdfChecks.fonts(doc);
                assertThat(fonts).isNotEmpty();
                assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            }
        }
    }

    @Test
    void veraPdfFindsNoPdfA3bFailure() throws Exception {
        assertThat(PdfChecks.pdfaFailures(english)).isEmpty();
        assertThat(PdfChecks.pdfaFailures(chinese)).isEmpty();
    }

    @Test
    void jpegBytesAreEmbeddedUntouched() throws IOException {
        byte[] original = Files.readAllBytes(fx.photoFile);
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            List<byte[]> dct = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDImageXObject img : PdfChecks.images(page.getResources())) {
                    if (COSName.DCT_DECODE.equals(img.getCOSObject().getDictionaryObject(COSName.FILTER))) {
                        try (InputStream raw = img.getCOSObject().createRawInputStream()) {
                            dct.add(raw.readAllBytes());
                        }
                    }
                }
            }
            assertThat(dct).anySatisfy(bytes -> assertThat(bytes).isEqualTo(original));
        }
    }

    @Test
    void opaqueRgbaPngHasNoSoftMaskAndPngDataUsesPredictors() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                images.addAll(PdfChecks.images(page.getResources()));
            }
            PDImageXObject chat = images.stream().filter(i -> i.getWidth() == 360 && i.getHeight() == 640)
                    .findFirst().orElseThrow();
            assertThat(chat.getCOSObject().containsKey(COSName.SMASK)).isFalse();
            PDImageXObject shot = images.stream().filter(i -> i.getWidth() == 540).findFirst().orElseThrow();
            var parms = shot.getCOSObject().getCOSDictionary(COSName.DECODE_PARMS);
            assertThat(parms.getInt(COSName.PREDICTOR)).isEqualTo(15);
            assertThat(parms.getInt(COSName.COLUMNS)).isEqualTo(540);
        }
    }

    @Test
    void attachmentsMatchTheVaultAndLeaveOutTheRedactedOriginal() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            Map<String, byte[]> files = PdfChecks.attachments(doc);
            assertThat(files).containsKey("manifest.json");
            assertThat(Hashes.hex(Hashes.sha256().digest(files.get("manifest.json"))))
                    .isEqualTo(englishResult.manifestSha256());
            List<String> hashes = files.values().stream().map(b -> Hashes.hex(Hashes.sha256().digest(b))).toList();
            assertThat(hashes).contains(fx.screenshot.sha256(), fx.rgbaShot.sha256(), fx.photo.sha256(),
                    fx.pdf.sha256(), fx.notes.sha256());
            assertThat(hashes).doesNotContain(fx.redacted.sha256());
            assertThat(files.keySet()).noneMatch(n -> n.contains("id-card"));
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).size())
                    .isEqualTo(files.size());
        }
    }

    @Test
    void redactedRegionIsBlackOnThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            int pageIndex = pageWith(doc, "Redacted: 1 area");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 72);
            // the 400 × 300 image fills the text width; the box covers its middle half
            int x = page.getWidth() / 2;
            int longest = 0;
            int run = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                int rgb = page.getRGB(x, y) & 0xffffff;
                boolean black = ((rgb >> 16) & 0xff) < 20 && ((rgb >> 8) & 0xff) < 20 && (rgb & 0xff) < 20;
                run = black ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            assertThat(longest).as("black run in the middle column").isGreaterThan(100);
        }
    }

    @Test
    void captionWithEmojiAndRareIdeographIsShownWithAVisibleReplacement() throws IOException {
        assertThat(PdfChecks.text(english)).contains("客服回复截图 □ □ reply screenshot");
    }

    @Test
    void longTransactionIdWrapsInsideThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            List<Float> rightEdges = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        rightEdges.add(p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertThat(text.replaceAll("\\s", "")).contains(DossierFixture.LONG_TX_ID);
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            assertThat(rightEdges).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(pageWidth - 50));
        }
    }

    @Test
    void bookmarksAndLabelsNameSectionsAndExhibits() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> {
                titles.add(i.getTitle());
                i.children().forEach(c -> titles.add(c.getTitle()));
            });
            assertThat(titles).contains("Chronology", "Transactions", "Exhibits", "Appendix A: hash manifest");
            assertThat(titles).anyMatch(t -> t.startsWith("E-1 "));
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels).contains("1", "E-1", "E-5-1", "E-5-2");
            assertThat(englishResult.pages()).isEqualTo(doc.getNumberOfPages());
            assertThat(PdfChecks.text(english)).contains("1 / " + doc.getNumberOfPages());
        }
    }

    @Test
    void badOutputFolderIsRefusedAndCancelLeavesNoFile() {
        Path missing = dir.resolve("no-such-folder").resolve("d.pdf");
        assertThatThrownBy(() -> fx.session.exports().export(fx.caseId, ExportOptions.of(missing,
                ExportOptions.Language.EN, DossierFixture.ZONE), Progress.NONE))
                .isInstanceOf(io.casevault.domain.DomainException.class).hasMessageContaining("does not exist");
        Path cancelled = dir.resolve("cancelled").resolve("d.pdf");
        assertThatThrownBy(() -> {
            Files.createDirectories(cancelled.getParent());
            fx.session.exports().export(fx.caseId, ExportOptions.of(cancelled, ExportOptions.Language.EN,
                    DossierFixture.ZONE), new Progress() {
                        @Override
                        public boolean isCancelled() {
                            return true;
                        }
                    });
        }).isInstanceOf(CancellationException.class);
        assertThat(cancelled.getParent()).isEmptyDirectory();
    }

    private static int pageWith(PDDocument doc, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            StringWriter w = new StringWriter();
            stripper.writeText(doc, w);
            if (w.toString().contains(text)) {
                return i - 1;
            }
        }
        throw new AssertionError("no page shows " + text);
    }
}
