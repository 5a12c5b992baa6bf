package io.casevault.app;

import io.casevault.SmallDisk;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.ocr.PaymentScreens;
import io.casevault.vault.DiskFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The disk fills while recognised text is written: reading pauses with one sentence and the exhibit stays queued. */
class RecognitionDiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskPausesReadingKeepsTheQueueAndTheNextRunReadsIt() throws Exception {
        // 96 MB: ONNX Runtime unpacks its native library into the vault's cache
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 96);
             VaultSession session = VaultSession.create(disk.resolve("v"), Clock.fixed(
                     Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC))) {
            long caseId = session.cases().create(new NewCase("截图", "Alipay", null, null, null, null, List.of(),
                    null, LocalDate.of(2026, 11, 25), null, null, false)).id();
            Evidence first = screenshot(session, caseId, 7);
            Evidence second = screenshot(session, caseId, 8);
            // the engine is loaded and the first screenshot read while there is space
            assertThat(session.recognition().recogniseNow(new Progress() {
                private boolean oneRead;

                @Override
                public void update(long done, long total, String item) {
                    oneRead |= done >= 1; // the first update only tells how many wait
                }

                @Override
                public boolean isCancelled() {
                    return oneRead;
                }
            })).isEqualTo(1);
            assertThat(session.recognition().pending()).isEqualTo(1);
            List<Reason> told = new java.util.ArrayList<>();
            session.recognition().onPause(told::add);
            disk.leave(0);

            assertThatThrownBy(() -> session.recognition().recogniseNow(Progress.NONE))
                    .isInstanceOf(DiskFullException.class)
                    .hasMessage("The disk holding " + disk.resolve("v") + " is full: the text of 0 screenshots was "
                            + "read and kept, and the others stay queued; free some space and run it again");
            assertThat(session.recognition().paused()).isPresent();
            assertThat(told).map(Reason::english).containsExactly("Reading the screenshots' text is paused: the disk "
                    + "holding " + disk.resolve("v") + " is full; it goes on once there is space again");
            assertThat(session.recognition().pending()).as("not marked as failed").isEqualTo(1);
            assertThat(session.recognition().isRead(first.id()) ^ session.recognition().isRead(second.id())).isTrue();

            disk.free();
            assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);
            assertThat(session.recognition().paused()).isEmpty();
            assertThat(session.recognition().pending()).isZero();
            assertThat(session.recognition().textOf(first.id())).extracting(RecognisedLine::text).isNotEmpty();
            assertThat(session.recognition().textOf(second.id())).extracting(RecognisedLine::text).isNotEmpty();
        }
    }

    private Evidence screenshot(VaultSession session, long caseId, long seed) throws java.io.IOException {
        PaymentScreens.Screen screen = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, seed));
        Path png = tmp.resolve("alipay" + seed + ".png");
        ImageIO.write(screen.image(), "png", png.toFile());
        return ((AddOutcome.Added) session.evidence().add(caseId, List.of(png), null, Progress.NONE).get(0))
                .evidence();
    }
}
