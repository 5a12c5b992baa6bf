package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.domain.NewCase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail exhibits in the dossier: readable pages, the originals attached, the correspondence by thread. */
class MailDossierTest {
    static final String ME = "张三 <zs@home.example>";
    static final String THEM = "钱包客服 <support@wallet.example>";
    /** A long Chinese paragraph without spaces: it only fits the page when broken between ideographs. */
    static final String BODY = "您好，我于十一月三日通过贵平台向李四转账一千二百五十元，交易号二零二六一一零三，"
            .repeat(6) + "至今未到账，请尽快处理。";

    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() throws IOException {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2024-11-10T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("退款", "Wallet", null, null, null, null, List.of("退款"), null,
                LocalDate.of(2024, 11, 1), null, null, false)).id();
        session.mail().setOwnAddresses(List.of("zs@home.example"));
        byte[] shot = Files.readAllBytes(io.casevault.TestFiles.png(tmp.resolve("s.png"), 40, 30, 3));
        Path complaint = Files.write(tmp.resolve("1.eml"), TestMails.from(ME, THEM, "转账未到账",
                "Mon, 4 Nov 2024 10:00:00 +0800", "c1@home.example").body(BODY)
                .attach("截图.png", "image/png", shot).bytes());
        Path ack = Files.write(tmp.resolve("2.eml"), TestMails.from(THEM, ME, "回复：转账未到账",
                "Mon, 4 Nov 2024 10:05:00 +0800", "a1@wallet.example").replyTo("c1@home.example")
                .body("已受理，工单号：88812345。").bytes());
        Path other = Files.write(tmp.resolve("3.eml"), TestMails.from(ME, "Bank <help@bank.example>",
                "Card blocked", "Tue, 5 Nov 2024 09:00:00 +0100", "b1@home.example").body("Please unblock it.")
                .bytes());
        session.mail().importFiles(caseId, List.of(complaint, ack, other), Progress.NONE);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Path export(ExportOptions.Language language) {
        Path out = tmp.resolve("dossier-" + language + ".pdf");
        session.exports().export(caseId, ExportOptions.of(out, language, ZoneId.of("Asia/Shanghai")),
                Progress.NONE);
        return out;
    }

    @Test
    void anEmailExhibitShowsItsHeadersChineseBodyAndAttachmentsExhibitNumbers() throws IOException {
        Path pdf = export(ExportOptions.Language.EN);
        String text = PdfChecks.text(pdf);
        Map<String, String> exhibitOf = new java.util.HashMap<>();
        for (Evidence e : session.evidence().list(caseId)) {
            exhibitOf.put(e.originalName(), e.exhibit());
        }

        assertThat(text).contains("From 张三 <zs@home.example>", "To 钱包客服 <support@wallet.example>",
                "Sent 2024-11-04 10:00:00 +08:00", "Subject 转账未到账",
                "截图.png → exhibit " + exhibitOf.get("截图.png"));
        // the sender's own clock, not the reader's
        assertThat(text).contains("Sent 2024-11-05 09:00:00 +01:00");
        // every character of the body is there, in order, across the wrapped lines
        assertThat(text.replaceAll("\\s+", "")).contains(BODY);
        // broken between ideographs to fit, never before a closing mark
        assertThat(text).doesNotContain(BODY);
        assertThat(text.lines()).noneMatch(l -> l.startsWith("，") || l.startsWith("。"));
    }

    @Test
    void theOriginalEmlIsAttachedWithItsHashAndTheCorrespondenceGroupsTheThreads() throws IOException {
        Path pdf = export(ExportOptions.Language.ZH);
        Evidence eml = session.evidence().list(caseId).stream()
                .filter(e -> e.originalName().equals("转账未到账.eml")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, byte[]> attached = PdfChecks.attachments(doc);
            assertThat(attached.values()).anyMatch(b -> Hashes.hex(Hashes.sha256().digest(b)).equals(eml.sha256()));
        }
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("往来邮件", "“转账未到账” · 共 2 封", "“Card blocked” · 共 1 封", "工单 88812345",
                eml.sha256());
        int thread = text.indexOf("“转账未到账” · 共 2 封");
        int card = text.indexOf("“Card blocked” · 共 1 封");
        assertThat(text.indexOf("已受理", thread)).isBetween(thread, card);
    }

    @Test
    void theCorrespondenceGivesAMessageSentInAnotherZoneItsSendersTimeMarkedAsTheChronologyDoes() throws IOException {
        String text = PdfChecks.text(export(ExportOptions.Language.EN));
        String correspondence = text.substring(text.lastIndexOf("Correspondence"));

        // the dossier is written in Shanghai time; "Card blocked" was sent at 09:00 +01:00, 16:00 in Shanghai
        assertThat(correspondence).contains("2024-11-05 09:00 (UTC+1)", "2024-11-04 10:00")
                .doesNotContain("2024-11-05 16:00");
    }
}
