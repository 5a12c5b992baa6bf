package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.dossier.RenderedScreenshot;
import io.casevault.ocr.ModelFiles;
import io.casevault.ocr.OcrSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A screenshot nobody has read yet, exported: the export reads its text (with progress) and the dossier carries it
 * as searchable text, except what lies under a redaction; without the recognition engine the dossier is still
 * written and the result says which exhibits have no text.
 */
class ExportTextLayerTest {
    static final String ORDER = "2026110322001456789";
    static final String PHONE = "138****5678";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path dir;
    static Path screenshot;
    static RenderedScreenshot.Shot shot;
    static VaultSession session;
    static long caseId;
    static Evidence exhibit;
    static Path pdf;
    static ExportResult result;
    static List<String> items = new ArrayList<>();

    @BeforeAll
    static void export() throws IOException {
        shot = RenderedScreenshot.render(1080, List.of("账单详情", "¥1,250.00", "交易成功", "订单号", ORDER,
                "对方账户 " + PHONE, "Payment to Star Trading Ltd"));
        screenshot = dir.resolve("alipay-order.png");
        ImageIO.write(shot.image(), "png", screenshot.toFile());
        session = VaultSession.create(dir.resolve("vault"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZONE));
        caseId = newCase(session);
        exhibit = add(session, caseId);
        RenderedScreenshot.Line phone = shot.line("对方账户 " + PHONE);
        session.evidence().setRedactions(exhibit.id(), List.of(new Redaction(phone.x(), phone.y(), phone.w(),
                phone.h())));
        pdf = dir.resolve("dossier.pdf");
        result = session.exports().export(caseId, ExportOptions.of(pdf, ExportOptions.Language.EN, ZONE),
                new Progress() {
                    @Override
                    public void update(long done, long total, String item) {
                        items.add(done + "/" + total + " " + item);
                    }
                });
        String keep = System.getProperty("casevault.keepDossiers");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep, "dossier-text-layer.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theExportReadsTheScreenshotItHadNotReadWithProgress() {
        assertThat(session.recognition().isRead(exhibit.id())).isTrue();
        assertThat(session.recognition().textOf(exhibit.id())).extracting(RecognisedLine::text).contains(ORDER);
        assertThat(items).as("reading E-1 comes first, then the dossier's exhibit and its end")
                .startsWith("0/3 E-1").contains("2/3 E-1").endsWith("3/3 ");
        assertThat(result.withoutText()).isEmpty();
        assertThat(result.notes()).isEmpty();
        assertThat(result.textLines()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void pdfTextStripperFindsTheScreenshotLinesButNotTheRedactedNumber() throws IOException {
        assertThat(PdfChecks.text(pdf)).contains(ORDER, "¥1,250.00", "交易成功").doesNotContain(PHONE, "****", "对方账户");
    }

    @Test
    void pdftotextFindsTheScreenshotLinesButNotTheRedactedNumber() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils not installed");
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).contains(ORDER, "¥1,250.00", "交易成功").doesNotContain(PHONE, "****", "对方账户");
    }

    @Test
    void veraPdfFindsNoPdfA3bFailure() throws Exception {
        assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void cancellingWhileReadingLeavesNoFile() throws Exception {
        withoutEngine("cancel", (other, id, models) -> {
            Path out = Files.createDirectories(dir.resolve("cancelled")).resolve("d.pdf");
            assertThatThrownBy(() -> other.exports().export(id, ExportOptions.of(out, ExportOptions.Language.EN,
                    ZONE), new Progress() {
                        @Override
                        public boolean isCancelled() {
                            return true;
                        }
                    })).isInstanceOf(CancellationException.class);
            assertThat(out.getParent()).isEmptyDirectory();
            assertThat(other.recognition().unavailable()).as("cancelled before the engine was asked").isEmpty();
        });
    }

    @Test
    void withoutTheEngineTheDossierIsWrittenAndTheResultNamesTheExhibitsWithoutText() throws Exception {
        withoutEngine("no-engine", (other, id, models) -> {
            Path out = dir.resolve("no-text.pdf");
            ExportResult r = other.exports().export(id, ExportOptions.of(out, ExportOptions.Language.EN, ZONE),
                    Progress.NONE);
            assertThat(r.withoutText()).containsExactly("E-1");
            assertThat(r.textLines()).isZero();
            assertThat(r.notes()).singleElement().satisfies(n -> {
                assertThat(n.key()).isEqualTo("export.noTextEngine");
                assertThat(n.english()).contains(models.toString());
            });
            assertThat(PdfChecks.text(out)).contains("E-1").doesNotContain(ORDER);
        });
    }

    /** What a test does with a vault whose engine cannot start, holding one case with the unread screenshot. */
    interface WithoutEngine {
        void run(VaultSession session, long caseId, Path emptyModels) throws Exception;
    }

    private static void withoutEngine(String name, WithoutEngine test) throws Exception {
        Path models = Files.createDirectories(dir.resolve(name + "-models"));
        try (AppExecutors executors = AppExecutors.of(1, 1);
             VaultSession other = VaultSession.create(dir.resolve(name), Clock.systemUTC(), executors,
                     OcrSettings.defaults().withModels(ModelFiles.in(models)))) {
            long id = newCase(other);
            add(other, id);
            test.run(other, id, models);
        }
    }

    private static long newCase(VaultSession s) {
        return s.cases().create(new NewCase("截图订单 Screenshot order", "支付宝 Alipay", null, null, null, null,
                List.of(), null, LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    private static Evidence add(VaultSession s, long id) {
        return ((AddOutcome.Added) s.evidence().add(id, List.of(screenshot), "订单截图", Progress.NONE).get(0))
                .evidence();
    }
}
