package io.casevault.app;

import io.casevault.app.backup.BackupResult;
import io.casevault.app.backup.BundleImportResult;
import io.casevault.app.backup.RestoreResult;
import io.casevault.app.backup.RestoreService;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import io.casevault.domain.RecognisedLine;
import io.casevault.ocr.PaymentScreens;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Recognised text is derived data, but it travels: a backup holds the whole database, so a restored vault has the
 * text and the queue of what was still to read; a case bundle carries its exhibits' text. Nothing is read again.
 */
class RecognisedTextTravelsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;
    String orderNumber;

    @BeforeEach
    void open() throws Exception {
        session = VaultSession.create(tmp.resolve("vault"), CLOCK);
        caseId = session.cases().create(new NewCase("截图", "WeChat Pay", null, null, null, null, List.of(), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
        PaymentScreens.Screen screen = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.WECHAT,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, 11));
        orderNumber = screen.keyLines().stream().filter(d -> d.kind() == PaymentScreens.Kind.ID).findFirst()
                .orElseThrow().text();
        add(screen, "read.png");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Evidence add(PaymentScreens.Screen screen, String name) throws Exception {
        Path png = tmp.resolve(name);
        ImageIO.write(screen.image(), "png", png.toFile());
        return ((AddOutcome.Added) session.evidence().add(caseId, List.of(png), null, Progress.NONE).get(0))
                .evidence();
    }

    private static List<String> texts(VaultSession s, long evidenceId) {
        return s.recognition().textOf(evidenceId).stream().map(RecognisedLine::text).toList();
    }

    @Test
    void aRestoredBackupHasTheTextAndStillQueuesWhatWasNotReadYet() throws Exception {
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);
        Evidence unread = add(PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.PAYPAL,
                PaymentScreens.Theme.DARK, PaymentScreens.Format.PNG, 540, 12)), "unread.png");
        BackupResult backup = session.backups().backup(tmp.resolve("b.cvbackup"), Progress.NONE);

        RestoreResult restored = RestoreService.restore(backup.target(), tmp.resolve("restored"), CLOCK,
                Progress.NONE);

        try (VaultSession copy = VaultSession.open(restored.vault(), Vault.Access.WRITE, CLOCK)) {
            long read = copy.evidence().list(caseId).stream().filter(e -> e.id() != unread.id())
                    .findFirst().orElseThrow().id();
            assertThat(texts(copy, read)).contains(orderNumber);
            assertThat(copy.recognition().isRead(unread.id())).isFalse();
            assertThat(copy.recognition().recogniseNow(Progress.NONE)).as("only the unread exhibit").isEqualTo(1);
            assertThat(copy.recognition().isRead(unread.id())).isTrue();
        }
    }

    @Test
    void anImportedBundleCarriesItsExhibitsText() {
        session.recognition().recogniseNow(Progress.NONE);
        Path bundle = tmp.resolve("case.cvbundle");
        session.bundles().exportBundle(caseId, bundle, Progress.NONE);

        try (VaultSession other = VaultSession.create(tmp.resolve("other"), CLOCK)) {
            BundleImportResult imported = other.bundles().importBundle(bundle, Progress.NONE);
            long exhibit = other.evidence().list(imported.caseId()).get(0).id();
            assertThat(texts(other, exhibit)).contains(orderNumber);
            assertThat(other.recognition().recogniseNow(Progress.NONE)).as("nothing to read again").isZero();
            assertThat(other.recognition().casesMatching(orderNumber)).containsOnlyKeys(imported.caseId());
        }
    }
}
