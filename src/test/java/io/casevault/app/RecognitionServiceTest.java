package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.ocr.ModelFiles;
import io.casevault.ocr.OcrSettings;
import io.casevault.ocr.PaymentScreens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the text of a rendered payment screenshot through the session, and hiding what lies under a redaction. */
class RecognitionServiceTest {
    @TempDir
    Path tmp;
    VaultSession session;
    PaymentScreens.Screen screen;
    Evidence shot;

    @BeforeEach
    void open() throws Exception {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        long caseId = session.cases().create(new NewCase("截图", "Alipay", null, null, null, null, List.of(), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
        screen = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, 7));
        Path png = tmp.resolve("alipay.png");
        ImageIO.write(screen.image(), "png", png.toFile());
        shot = ((AddOutcome.Added) session.evidence().add(caseId, List.of(png), null, Progress.NONE).get(0))
                .evidence();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String orderNumber() {
        return screen.lines().stream().filter(d -> d.kind() == PaymentScreens.Kind.ID).findFirst().orElseThrow()
                .text();
    }

    @Test
    void addingEvidenceQueuesItAndReadingTheQueueStoresItsLines() throws Exception {
        assertThat(session.recognition().isRead(shot.id())).isFalse();
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);
        assertThat(session.recognition().pending()).isZero();
        assertThat(session.recognition().textOf(shot.id())).extracting(RecognisedLine::text).contains(orderNumber());
        assertThat(session.recognition().recogniseNow(Progress.NONE)).as("nothing is read twice").isZero();
    }

    @Test
    void aScreenshotWithAnOpaqueAlphaChannelGetsPageRowsAfterItsTextAndAPurgeRemovesThem() throws Exception {
        BufferedImage argb = new BufferedImage(screen.image().getWidth(), screen.image().getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        argb.createGraphics().drawImage(screen.image(), 0, 0, null);
        Path png = tmp.resolve("alipay-rgba.png");
        ImageIO.write(argb, "png", png.toFile());
        Evidence rgba = ((AddOutcome.Added) session.evidence().add(shot.caseId(), List.of(png), null,
                Progress.NONE).get(0)).evidence();
        Path rows = session.dir().resolve("cache/pages/" + rgba.sha256());
        Path none = session.dir().resolve("cache/pages/" + shot.sha256());

        session.recognition().recogniseNow(Progress.NONE);
        assertThat(rows).as("made after its text").isRegularFile();
        assertThat(none).as("an RGB PNG goes into a dossier as it is").doesNotExist();

        // a vault from before page rows existed: made once the queue is read, once a session
        Files.delete(rows);
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isZero();
        assertThat(rows).as("this session looked at the originals already").doesNotExist();
        session.close();
        session = VaultSession.open(tmp.resolve("v"), io.casevault.vault.Vault.Access.WRITE,
                Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isZero();
        assertThat(rows).isRegularFile();

        session.cases().trash(shot.caseId());
        session.cases().purge(shot.caseId());
        assertThat(rows).doesNotExist();
    }

    @Test
    void textUnderARedactionBoxIsNeverReturned() throws Exception {
        session.recognition().recogniseNow(Progress.NONE);
        RecognisedLine id = session.recognition().textOf(shot.id()).stream()
                .filter(l -> l.text().equals(orderNumber())).findFirst().orElseThrow();
        assertThat(session.recognition().casesMatching(orderNumber().substring(4))).containsEntry(shot.caseId(), 1);
        session.evidence().setRedactions(shot.id(), List.of(new Redaction(id.x(), id.y(), id.w(), id.h())));
        assertThat(session.recognition().casesMatching(orderNumber().substring(4))).isEmpty();
        assertThat(session.recognition().search("交易 成功")).extracting(RecognitionService.Match::exhibit)
                .containsExactly("E-1");
        List<String> shown = session.recognition().textOf(shot.id()).stream().map(RecognisedLine::text).toList();
        assertThat(shown).doesNotContain(orderNumber()).contains("交易成功");
        // read with others at once, as a dossier reads them: the same lines, and nothing for an exhibit never read
        assertThat(session.recognition().textsOf(List.of(shot.id(), shot.id() + 1000)))
                .containsOnlyKeys(shot.id()).containsEntry(shot.id(), session.recognition().textOf(shot.id()));
    }

    @Test
    void theBackgroundWorkerReadsTheQueueAndReportsProgress() throws Exception {
        List<String> updates = new java.util.concurrent.CopyOnWriteArrayList<>();
        session.recognition().start(new Progress() {
            @Override
            public void update(long done, long total, String item) {
                updates.add(done + "/" + total);
            }
        });
        long deadline = System.nanoTime() + 120_000_000_000L;
        // the progress follows the stored text: wait for both
        while (!(session.recognition().isRead(shot.id()) && updates.contains("1/1")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(session.recognition().textOf(shot.id())).extracting(RecognisedLine::text).contains(orderNumber());
        assertThat(updates).as("how many wait, first, then each one read").containsExactly("0/1", "1/1");
    }

    @Test
    void aCancelledServiceReadsNothingAndLeavesTheQueueForNextTime() {
        session.recognition().cancel();
        session.recognition().start(Progress.NONE);
        assertThat(session.recognition().isRead(shot.id())).isFalse();
    }

    @Test
    void anExhibitTrashedBeforeItsTurnIsSkipped() throws Exception {
        session.evidence().trash(shot.id());
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isZero();
        assertThat(session.recognition().isRead(shot.id())).isFalse();
    }

    /** A second screenshot, of another layout, added to the shot's case. */
    private Evidence another() throws Exception {
        PaymentScreens.Screen wechat = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.WECHAT,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, 8));
        Path png = tmp.resolve("wechat.png");
        ImageIO.write(wechat.image(), "png", png.toFile());
        return ((AddOutcome.Added) session.evidence().add(shot.caseId(), List.of(png), null, Progress.NONE).get(0))
                .evidence();
    }

    @Test
    void anExhibitTrashedWhileItIsReadIsFoundByNoSearchUntilRestoredAndTheQueueMovesOn() throws Exception {
        Evidence next = another();
        session.recognition().onRecognised(id -> {
            if (id == shot.id()) {
                session.evidence().trash(shot.id());
            }
        });

        assertThat(session.recognition().recogniseNow(Progress.NONE)).as("both read, no failure").isEqualTo(2);

        assertThat(session.recognition().pending()).isZero();
        assertThat(session.recognition().isRead(next.id())).isTrue();
        assertThat(session.recognition().search(orderNumber())).as("in the trash").isEmpty();
        session.evidence().restore(shot.id());
        assertThat(session.recognition().search(orderNumber())).extracting(RecognitionService.Match::evidenceId)
                .containsExactly(shot.id());
        assertThat(session.recognition().recogniseNow(Progress.NONE)).as("kept, not read again").isZero();
    }

    @Test
    void aScreenshotWhoseCaseIsDeletedWhileItIsReadLeavesNoTextAndNothingQueued() throws Exception {
        Evidence next = another();
        session.recognition().onRecognised(id -> {
            if (id == shot.id()) {
                session.cases().trash(shot.caseId());
                session.cases().purge(shot.caseId());
            }
        });

        assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);

        assertThat(session.recognition().isRead(shot.id())).isFalse();
        assertThat(session.recognition().isRead(next.id())).as("gone with its case before its turn").isFalse();
        assertThat(session.recognition().pending()).isZero();
        assertThat(session.recognition().search(orderNumber())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"is missing", "is damaged"})
    void aMissingOrDamagedModelStopsRecognitionWithOneSentenceAndTheVaultStillWorks(String what) throws Exception {
        Path models = Files.createDirectories(tmp.resolve("models"));
        if (what.equals("is damaged")) {
            for (String file : new String[] {"ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx",
                    "ppocr_keys_v1.txt"}) {
                try (InputStream in = ModelFiles.class.getResourceAsStream("models/" + file)) {
                    Files.copy(in, models.resolve(file));
                }
            }
            byte[] rec = Files.readAllBytes(models.resolve("ch_PP-OCRv4_rec_infer.onnx"));
            rec[rec.length / 2] ^= 0x10;
            Files.write(models.resolve("ch_PP-OCRv4_rec_infer.onnx"), rec);
        }
        try (AppExecutors executors = AppExecutors.of(1, 1);
             VaultSession other = VaultSession.create(tmp.resolve("other"), Clock.systemUTC(), executors,
                     OcrSettings.defaults().withModels(ModelFiles.in(models)))) {
            long caseId = other.cases().create(new NewCase("缺模型", "Alipay", null, null, null, null, List.of(),
                    null, LocalDate.of(2026, 11, 25), null, null, false)).id();
            Path png = tmp.resolve("again.png");
            ImageIO.write(screen.image(), "png", png.toFile());
            Evidence added = ((AddOutcome.Added) other.evidence().add(caseId, List.of(png), null, Progress.NONE)
                    .get(0)).evidence();
            other.recognition().start(Progress.NONE);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (other.recognition().unavailable().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(other.recognition().unavailable()).get().extracting(Reason::english).asString()
                    .contains(models.toString()).contains(what).doesNotContain("\n");
            assertThat(other.recognition().recogniseNow(Progress.NONE)).isZero();
            assertThat(other.recognition().pending()).as("still queued for a session with the models").isEqualTo(1);
            assertThat(other.evidence().get(added.id()).exhibit()).isEqualTo("E-1");
        }
    }

    @Test
    void anAnimatedImageIsReadFromItsFirstFrame() throws Exception {
        BufferedImage first = screen.image();
        BufferedImage second = new BufferedImage(first.getWidth(), first.getHeight(), BufferedImage.TYPE_INT_RGB);
        Path gif = tmp.resolve("animated.gif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(gif.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(first, null, null), null);
            writer.writeToSequence(new IIOImage(second, null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        Evidence animated = ((AddOutcome.Added) session.evidence().add(shot.caseId(), List.of(gif), null,
                Progress.NONE).get(0)).evidence();
        assertThat(animated.mediaType()).isEqualTo("image/gif");

        assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(2);

        assertThat(session.recognition().textOf(animated.id())).extracting(RecognisedLine::text)
                .contains(orderNumber());
    }
}
