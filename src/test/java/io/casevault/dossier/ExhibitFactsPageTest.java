package io.casevault.dossier;

import io.casevault.app.PdfChecks;
import io.casevault.domain.BlobSource;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Direction;
import io.casevault.domain.EventTime;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Hashes;
import io.casevault.domain.Money;
import io.casevault.domain.Redaction;
import io.casevault.domain.Timeline;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.understanding.ShownTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exhibit page states what its screenshot shows (read from its text outside the redaction boxes) and the
 * transactions it proves, in English and Chinese; the chronology places it at the payment time it shows.
 */
class ExhibitFactsPageTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String ORDER = "2026110322001456789012";
    static final String HIDDEN_ORDER = "M2026110399999999999";
    static final List<String> LINES = List.of("转账成功", "¥1,250.00", "收款人 张三", "订单号", ORDER,
            "支付时间 2026-11-03 14:30:12", "商户单号 " + HIDDEN_ORDER);

    @TempDir
    static Path dir;
    static Path english;
    static Path chinese;
    /** Written on a computer set to UTC, as the command line on a server writes it. */
    static Path inUtc;
    static DossierInput input;

    @BeforeAll
    static void write() throws IOException {
        RenderedScreenshot.Shot shot = RenderedScreenshot.render(720, LINES);
        Path png = dir.resolve("Screenshot_20261103-143100.png");
        ImageIO.write(shot.image(), "png", png.toFile());
        byte[] bytes = Files.readAllBytes(png);
        String sha = Hashes.hex(Hashes.sha256().digest(bytes));
        Instant captured = Instant.parse("2026-11-03T06:31:00Z");
        Evidence e = new Evidence(1, 1, sha, png.getFileName().toString(), "image/png", bytes.length,
                shot.image().getWidth(), shot.image().getHeight(), 1, captured, CaptureSource.FILENAME,
                Instant.parse("2026-11-04T00:00:00Z"), "", List.of(), 1, null);
        Instant paid = LocalDateTime.of(2026, 11, 3, 14, 30, 12).atZone(SHANGHAI).toInstant();
        Transaction t = new Transaction(7, 1, paid, SHANGHAI, Money.parse("1250.00", "CNY"), Direction.OUT, "张三",
                ORDER, null, null, null, null, TransactionSource.MANUAL, paid, null);
        RenderedScreenshot.Line hidden = shot.line("商户单号 " + HIDDEN_ORDER);
        ExhibitInput exhibit = new ExhibitInput(e, List.of(new Redaction(hidden.x(), hidden.y(), hidden.w(),
                hidden.h())), new EvidenceLinks(List.of(7L), List.of()), shot.recognised(),
                new EventTime(paid, SHANGHAI, ShownTime.Precision.SECOND));
        Case c = new Case(1, "Transfer never arrived", "支付宝 Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null,
                List.of(), CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 3), null, List.of(),
                Instant.parse("2026-11-04T00:00:00Z"), null, false);
        var timeline = Timeline.build(c, List.of(t), List.of(e), List.of(), List.of(),
                Map.of(1L, exhibit.eventTime()), SHANGHAI, LocalDate.of(2026, 11, 25));
        BlobSource blobs = new OneFileBlobs(png);
        DossierInput in = new DossierInput(c, List.of(t), List.of(exhibit), List.of(), List.of(), timeline,
                List.of(), blobs);
        input = in;
        english = write(in, Lang.EN, "en.pdf", SHANGHAI);
        chinese = write(in, Lang.ZH, "zh.pdf", SHANGHAI);
        inUtc = write(in, Lang.EN, "utc.pdf", ZoneId.of("UTC"));
    }

    private static Path write(DossierInput in, Lang lang, String name, ZoneId zone) throws IOException {
        Path out = dir.resolve(name);
        new DossierWriter(Runnable::run, 1).write(in, new DossierOptions(lang, false, false, zone,
                Instant.parse("2026-11-25T02:00:00Z")), out, DossierProgress.NONE);
        return out;
    }

    @Test
    void theExhibitPageSaysWhatTheScreenshotShows() throws IOException {
        assertThat(flat(english)).contains("The screenshot shows", "amount ¥1,250.00", "order number " + ORDER,
                "payment time 2026-11-03 14:30:12", "paid to 张三", "status: completed");
        assertThat(flat(chinese)).contains("截图显示", "金额 ¥1,250.00", "订单号 " + ORDER,
                "付款时间 2026-11-03 14:30:12", "收款方 张三", "状态：成功");
    }

    @Test
    void theExhibitPageListsTheTransactionItProvesWithTimeAmountCounterpartyAndReference() throws IOException {
        assertThat(flat(english)).contains("Proves", "transaction 2026-11-03 14:30 -1250.00 CNY · 张三 · " + ORDER);
        assertThat(flat(chinese)).contains("证明事项", "交易 2026-11-03 14:30 -1250.00 CNY · 张三 · " + ORDER);
    }

    @Test
    void nothingUnderARedactionBoxIsStatedAsShown() throws IOException {
        assertThat(flat(english)).doesNotContain(HIDDEN_ORDER);
        assertThat(flat(chinese)).doesNotContain(HIDDEN_ORDER);
    }

    @Test
    void theChronologyPlacesTheScreenshotAtThePaymentItShows() throws IOException {
        assertThat(flat(english)).contains("E-1 Screenshot_20261103-143100.png — shows a payment at 2026-11-03 "
                + "14:30:12");
        assertThat(flat(chinese)).contains("E-1 Screenshot_20261103-143100.png——显示一笔 2026-11-03 14:30:12 的付款");
    }

    @Test
    void theScreenshotsPlaceInTheChronologyReadsInTheZoneOfThePaymentItShows() throws IOException {
        assertThat(flat(inUtc)).contains("2026-11-03 14:30 (UTC+8) Evidence E-1 Screenshot_20261103-143100.png — "
                + "shows a payment at 2026-11-03 14:30:12").doesNotContain("2026-11-03 06:30");
    }

    @Test
    void pagesWrittenWhileWorkerThreadsReadTheScreenshotsAheadSayTheSame() throws IOException {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
        Path out = dir.resolve("en-workers.pdf");
        try {
            new DossierWriter(workers, 2).write(input, new DossierOptions(Lang.EN, false, false, SHANGHAI,
                    Instant.parse("2026-11-25T02:00:00Z")), out, DossierProgress.NONE);
        } finally {
            workers.shutdownNow();
        }
        assertThat(flat(out)).isEqualTo(flat(english)).contains("order number " + ORDER);
    }

    /** The PDF's text with line breaks inside table cells and fields closed up. */
    private static String flat(Path pdf) throws IOException {
        return PdfChecks.text(pdf).replaceAll("\\s*\\R\\s*", " ");
    }
}
