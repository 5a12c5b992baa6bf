package io.casevault.app.backup;

import io.casevault.SmallDisk;
import io.casevault.TestFiles;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.NewCase;
import io.casevault.vault.DiskFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault's disk is full but the backup's is not: the backup is written whole and the sentence says so. */
class BackupDiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aBackupFromAVaultOnAFullDiskIsCompleteAndSaysItsTimeWasNotNoted() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);
        Path archive = tmp.resolve("vault.cvbackup");
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 8);
             VaultSession session = VaultSession.create(disk.resolve("v"), clock)) {
            long caseId = session.cases().create(new NewCase("截图", "Alipay", null, null, null, null, List.of(),
                    null, LocalDate.of(2026, 11, 25), null, null, false)).id();
            session.evidence().add(caseId, List.of(TestFiles.png(tmp.resolve("shot.png"), 200, 200, 3)), null,
                    Progress.NONE);
            disk.leave(0);

            assertThatThrownBy(() -> session.backups().backup(archive, Progress.NONE))
                    .isInstanceOf(DiskFullException.class)
                    .hasMessage("The disk holding " + disk.resolve("v") + " is full: the backup " + archive
                            + " is complete, only its time could not be noted in the vault; free some space and run "
                            + "it again");
            assertThat(session.backups().lastBackup()).isEmpty();
        }
        var restored = RestoreService.restore(archive, tmp.resolve("restored"), clock, Progress.NONE);
        assertThat(restored.blobs()).isEqualTo(1);
        assertThat(restored.report().ok()).isTrue();
    }
}
