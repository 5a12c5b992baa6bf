package io.casevault.ui.recovery;

import io.casevault.app.Progress;
import io.casevault.app.RecoveryReport;
import io.casevault.app.backup.RestoreResult;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import io.casevault.vault.BackupLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The recovery pane's model, without the toolkit: its sentences, where the new vault goes, what opens after. */
class RecoveryViewModelTest {
    private final Texts texts = Texts.of(Locale.ENGLISH);
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    @TempDir
    Path dir;

    private RecoveryViewModel model(List<String> findings, Optional<BackupLog.Entry> backup, RuntimeException failure) {
        RecoveryViewModel.Services services = new RecoveryViewModel.Services() {
            @Override
            public RecoveryReport recover(Path damaged, Path out, Progress progress) {
                targets.add(out);
                throw failure;
            }

            @Override
            public RestoreResult restore(Path backupFile, Path out, Progress progress) {
                targets.add(out);
                return new RestoreResult(out, Instant.EPOCH, 3, null);
            }

            @Override
            public Optional<BackupLog.Entry> latestBackup(Path damaged) {
                return backup;
            }
        };
        return new RecoveryViewModel(dir.resolve("vault"), findings, services, texts, Background.direct(),
                UiFixture.CLOCK, opened::add);
    }

    @Test
    void aDamagedLogAndADamagedDatabaseAreToldApart() {
        assertThat(model(List.of("frame 3 of 9 of the write-ahead log casevault.db-wal is damaged"), Optional.empty(),
                null).sentence().get()).startsWith("The write-ahead log of the vault");
        RecoveryViewModel db = model(List.of("Tree 4 page 4: btreeInitPage() returns error code 11", "row 2 missing"),
                Optional.empty(), null);
        assertThat(db.sentence().get()).contains("is damaged (2 problem(s) reported by SQLite)");
        assertThat(db.details().get()).isEqualTo("Tree 4 page 4: btreeInitPage() returns error code 11\nrow 2 missing");
    }

    @Test
    void aBackupIsOfferedOnlyWhileItIsStillThereAndRestoringOpensTheRestoredVault() throws Exception {
        BackupLog.Entry gone = new BackupLog.Entry(Instant.EPOCH, dir.resolve("gone.cvbackup").toString(), "archive",
                3, 10);
        RecoveryViewModel withoutFile = model(List.of("x"), Optional.of(gone), null);
        withoutFile.findBackup();
        assertThat(withoutFile.backup().get()).isNull();

        Path file = Files.writeString(dir.resolve("b.cvbackup"), "backup");
        RecoveryViewModel m = model(List.of("x"), Optional.of(new BackupLog.Entry(Instant.EPOCH, file.toString(),
                "archive", 3, 10)), null);
        m.findBackup();
        assertThat(m.backupText().get()).contains(file.toString()).contains("3 originals");
        Path chosen = Files.createDirectories(dir.resolve("empty"));
        m.restoreInto(chosen);
        assertThat(opened).containsExactly(chosen);
    }

    @Test
    void aFolderThatIsNotEmptyGetsANewFolderInsideAndAFailureIsOneSentence() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("mine.txt"), "x");
        RecoveryViewModel m = model(List.of("x"), Optional.empty(), new IllegalStateException("the disk is gone"));
        m.recoverInto(busy);
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.getParent()).isEqualTo(busy);
            assertThat(t.getFileName().toString()).startsWith("casevault-recovered-2026-11-25-");
        });
        assertThat(m.result().get()).startsWith("The new vault could not be made:").contains("the disk is gone");
        assertThat(m.busy().get()).isFalse();
        assertThat(m.recovered().get()).isNull();
        assertThat(opened).isEmpty();
    }
}
