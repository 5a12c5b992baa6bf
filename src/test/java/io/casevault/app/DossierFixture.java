package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Redaction;
import io.casevault.domain.TransactionSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A realistic case in a fresh vault: screenshots, a rotated photo, a redacted image, a PDF, a text file. */
public final class DossierFixture {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String LONG_TX_ID = "2026110322001456789012345678901234567890ABCDEF0123456789ZZ-REF-000042";
    public static final String EMOJI_CAPTION = "客服回复截图 😀 𰀀 reply screenshot";

    public final VaultSession session;
    public final long caseId;
    public Evidence screenshot;
    public Evidence rgbaShot;
    public Evidence photo;
    public Evidence redacted;
    public Evidence pdf;
    public Evidence notes;
    public Path photoFile;

    public DossierFixture(Path dir) throws IOException {
        session = VaultSession.create(dir.resolve("vault"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZONE));
        caseId = session.cases().create(new NewCase("支付宝转账未到账 Alipay transfer never arrived", "支付宝 Alipay",
                "6222021234567890", Category.FUNDS_NOT_RECEIVED,
                "2026年11月3日，我通过支付宝向张三转账1,250.00元，页面显示“转账成功”，但对方至今未收到款项。"
                        + "我已多次联系客服（工单号 88231），对方答复“正在处理”，却始终没有结果。\n"
                        + "On 3 November 2026 I sent CNY 1,250.00 to Zhang San; the app said the transfer succeeded, "
                        + "but the money never arrived. Support keeps saying the case is being handled.",
                Money.parse("1250.00", "CNY"), List.of("退还 1,250.00 元 Refund the full amount",
                "书面说明原因 Explain in writing what happened"),
                IncidentDate.exact(LocalDate.of(2026, 11, 3)), LocalDate.of(2026, 11, 4), 30, List.of(), false)).id();
        session.cases().changeStatus(caseId, CaseStatus.SUBMITTED, "已向客服提交");
        var tx = session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-03T04:30:00Z"), ZONE,
                Money.parse("1250.00", "CNY"), Direction.OUT, "张三 Zhang San", LONG_TX_ID, "M-7F3A-9912", "余额",
                "交易成功", "转账 transfer", TransactionSource.MANUAL));
        session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-05T09:00:00Z"), ZONE,
                Money.parse("3.50", "CNY"), Direction.OUT, "Alipay", "FEE-2026-11-05", null, null, null,
                "手续费 fee", TransactionSource.MANUAL));
        session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-06T10:00:00Z"), ZONE,
                Money.parse("20.00", "USD"), Direction.IN, "PayPal", "PP-0001", null, null, null, null,
                TransactionSource.MANUAL));
        var call = session.followUps().add(new NewFollowUp(caseId, Instant.parse("2026-11-04T01:15:00Z"), ZONE,
                Channel.HOTLINE, ContactDirection.OUTGOING, "客服 王女士", "88231", "致电 95188 说明转账未到账",
                "答复 3 个工作日内处理", LocalDate.of(2026, 11, 8)));
        session.followUps().add(new NewFollowUp(caseId, Instant.parse("2026-11-10T02:00:00Z"), ZONE,
                Channel.COMPLAINT_PLATFORM, ContactDirection.OUTGOING, null, "12315-2026-445566",
                "向 12315 平台提交投诉 Filed a complaint with 12315", null, null));

        Path in = Files.createDirectories(dir.resolve("in"));
        screenshot = add(TestFiles.png(in.resolve("transfer-success.png"), 540, 1200, 1),
                "转账成功页面 transfer shown as successful");
        rgbaShot = add(opaqueRgbaPng(in.resolve("chat-rgba.png")), EMOJI_CAPTION);
        photoFile = rotatedJpeg(in.resolve("receipt-photo.jpg"));
        photo = add(photoFile, "银行回单照片（手机拍摄，旋转） receipt photo");
        redacted = add(TestFiles.png(in.resolve("id-card.png"), 400, 300, 7), "身份证（已遮盖） ID card, redacted");
        session.evidence().setRedactions(redacted.id(), List.of(new Redaction(100, 75, 200, 150)));
        pdf = add(pdf(in.resolve("statement.pdf")), "银行流水 bank statement");
        notes = add(TestFiles.text(in.resolve("call-notes.txt"), "2026-11-04 hotline call notes"), "通话记录 call notes");
        session.evidence().setLinks(screenshot.id(), new EvidenceLinks(List.of(tx.id()), List.of(call.id())));
    }

    private Evidence add(Path file, String caption) {
        var outcome = session.evidence().add(caseId, List.of(file), caption, Progress.NONE).get(0);
        if (!(outcome instanceof AddOutcome.Added added)) {
            throw new AssertionError("fixture not added: " + outcome);
        }
        return added.evidence();
    }

    static Path opaqueRgbaPng(Path file) throws IOException {
        BufferedImage img = new BufferedImage(360, 640, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 0, 360, 640);
        g.setColor(new Color(22, 119, 255));
        g.fillRect(0, 0, 360, 80);
        g.setColor(Color.DARK_GRAY);
        for (int y = 120; y < 600; y += 60) {
            g.fillRoundRect(20, y, 200 + y % 120, 36, 12, 12);
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A JPEG stored sideways (red band on the stored top) with EXIF orientation 6. */
    static Path rotatedJpeg(Path file) throws IOException {
        BufferedImage img = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 230, 220));
        g.fillRect(0, 0, 400, 240);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 400, 40);
        g.setColor(Color.DARK_GRAY);
        for (int x = 40; x < 380; x += 30) {
            g.fillRect(x, 80, 14, 120);
        }
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        Files.write(file, out.toByteArray());
        return file;
    }

    static Path pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument();
             InputStream font = DossierFixture.class.getResourceAsStream(
                     "/io/casevault/fonts/NotoSansSC-Regular.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font, true);
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setNonStrokingColor(0.9f);
                    cs.addRect(50, 600, 500, 120);
                    cs.fill();
                    cs.beginText();
                    cs.setNonStrokingColor(0f);
                    cs.setFont(f, 18);
                    cs.newLineAtOffset(70, 660);
                    cs.showText("银行流水 Bank statement page " + i);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
