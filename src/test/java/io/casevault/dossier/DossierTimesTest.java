package io.casevault.dossier;

import io.casevault.app.PdfChecks;
import io.casevault.domain.BlobSource;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Money;
import io.casevault.domain.Timeline;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times in the dossier read as in the window: in the dossier's zone, except a payment or contact recorded in a zone
 * with another offset, which reads as it was recorded there, followed by that offset. Nothing depends on the
 * machine's zone: the same case written in two zones gives two different, predictable dossiers.
 */
class DossierTimesTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId UTC = ZoneId.of("UTC");
    static final Instant PAID = Instant.parse("2026-11-03T13:32:00Z");
    static final Instant CALLED = Instant.parse("2026-11-04T01:15:00Z");

    @TempDir
    Path dir;

    @Test
    void inAUtcDossierAnAlipayPaymentReadsInChinaTimeWithItsOffset() throws IOException {
        String text = flat(write(UTC, Lang.EN));
        assertThat(text).contains("2026-11-03 21:32 (UTC+8)", "time zone UTC (UTC)")
                .as("the payment never reads in the dossier's zone").doesNotContain("13:32");
        assertThat(text).as("a call recorded in UTC, shown in UTC, needs no mark").contains("2026-11-04 01:15")
                .doesNotContain("01:15 (UTC)");
    }

    @Test
    void inAChinaTimeDossierTheSamePaymentNeedsNoMarkAndTheUtcCallHasOne() throws IOException {
        String text = flat(write(SHANGHAI, Lang.EN));
        assertThat(text).contains("2026-11-03 21:32", "2026-11-04 01:15 (UTC)", "time zone Asia/Shanghai (UTC+8)")
                .doesNotContain("21:32 (UTC+8)", "09:15");
    }

    @Test
    void theChineseDossierMarksTheOffsetTheChineseWay() throws IOException {
        assertThat(flat(write(UTC, Lang.ZH)).replace(" ", "")).contains("2026-11-0321:32（UTC+8）");
    }

    @Test
    void theMachinesZoneChangesNothing() throws IOException {
        TimeZone machine = TimeZone.getDefault();
        String inNewYork;
        String inKolkata;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            inNewYork = flat(write(SHANGHAI, Lang.EN));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            inKolkata = flat(write(SHANGHAI, Lang.EN));
        } finally {
            TimeZone.setDefault(machine);
        }
        assertThat(inNewYork).isEqualTo(inKolkata).contains("Generated at 2026-11-25 10:00:00");
    }

    private Path write(ZoneId zone, Lang lang) throws IOException {
        Case c = new Case(1, "时区 Zones", "支付宝 Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
                CaseStatus.SUBMITTED, null, LocalDate.of(2026, 11, 4), null, List.of(),
                Instant.parse("2026-11-04T00:00:00Z"), null, false);
        Instant created = Instant.parse("2026-11-05T00:00:00Z");
        Transaction paid = new Transaction(1, 1, PAID, SHANGHAI, Money.parse("1250.00", "CNY"), Direction.OUT,
                "张三", "2026110322001456789", null, null, null, null, TransactionSource.MANUAL, created, null);
        FollowUp call = new FollowUp(1, 1, CALLED, UTC, Channel.HOTLINE, ContactDirection.OUTGOING, null,
                "88231", "Called the hotline", null, null, created, null);
        var timeline = Timeline.build(c, List.of(paid), List.of(), List.of(call), List.of(), zone,
                LocalDate.of(2026, 11, 25));
        BlobSource none = new BlobSource() {
            @Override
            public InputStream open(String sha256) {
                throw new AssertionError("no originals");
            }

            @Override
            public Path path(String sha256) {
                throw new AssertionError("no originals");
            }
        };
        DossierInput in = new DossierInput(c, List.of(paid), List.of(), List.of(call), List.of(), timeline,
                List.of(), none);
        Path out = dir.resolve(zone.getId().replace('/', '-') + "-" + lang + ".pdf");
        new DossierWriter(Runnable::run, 1).write(in, new DossierOptions(lang, false, false, zone,
                Instant.parse("2026-11-25T02:00:00Z")), out, DossierProgress.NONE);
        return out;
    }

    /** The dossier's text with every run of white space as one space, so that wrapped table cells read whole. */
    private static String flat(Path pdf) throws IOException {
        return PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }
}
