package io.casevault.app.backup;

import io.casevault.TestFiles;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.Direction;
import io.casevault.domain.DomainException;
import io.casevault.domain.Money;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import io.casevault.vault.Vault;
import io.casevault.vault.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupRestoreTest {
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() throws Exception {
        session = VaultSession.create(tmp.resolve("vault"), Clock.systemUTC());
        caseId = CaseFixture.richCase(session, tmp.resolve("files"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    /**
     * A writer adds a transaction, then an evidence item, then the next transaction …: at every committed moment the
     * case has as many transactions as evidence items, or one more. A consistent snapshot shows one such moment.
     */
    @ParameterizedTest
    @ValueSource(strings = {"taken-while-writing.cvbackup", "taken-while-writing"})
    void backupTakenWhileAnotherThreadWritesRestoresToOneMomentThatVerifies(String name) throws Exception {
        long base = session.transactions().list(caseId).size() - session.evidence().list(caseId).size();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; !stop.get(); i++) {
                    session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-01T00:00:00Z")
                            .plusSeconds(i), CaseFixture.ZONE, Money.parse(i + 1 + ".00", "CNY"), Direction.OUT,
                            "writer", "W-" + i, null, null, null, null, TransactionSource.MANUAL));
                    Path f = TestFiles.png(tmp.resolve("w" + i + ".png"), 40, 30, 100 + i);
                    session.evidence().add(caseId, List.of(f), null, Progress.NONE);
                    written.incrementAndGet();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        while (written.get() < 3 && failure.get() == null) {
            Thread.sleep(10);
        }
        Path out = tmp.resolve(name);
        int atBackupStart = written.get();
        Progress waitForAWrite = new Progress() {
            @Override
            public void update(long done, long total, String item) {
                // after the snapshot, before the originals are all copied: let the writer commit more
                long until = System.nanoTime() + 5_000_000_000L;
                while (done == 1 && written.get() <= atBackupStart + 1 && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        };
        BackupResult result = session.backups().backup(out, waitForAWrite);
        int atBackupEnd = written.get();
        assertThat(atBackupEnd).as("writes during the backup").isGreaterThan(atBackupStart + 1);
        while (written.get() < atBackupEnd + 2 && failure.get() == null) {
            Thread.sleep(10);
        }
        stop.set(true);
        writer.join();
        assertThat(failure.get()).isNull();

        RestoreResult restored = RestoreService.restore(out, tmp.resolve("restored"), Clock.systemUTC(),
                Progress.NONE);

        assertThat(restored.report().ok()).as(restored.report().problems().toString()).isTrue();
        try (VaultSession copy = VaultSession.open(restored.vault(), Vault.Access.WRITE, Clock.systemUTC())) {
            int tx = copy.transactions().list(caseId).size();
            int ev = copy.evidence().list(caseId).size();
            assertThat(tx - ev - base).isBetween(0L, 1L);
            assertThat(ev).isEqualTo(result.blobs()).isLessThan(session.evidence().list(caseId).size());
            assertThat(CaseFixture.canonical(restored.vault(), caseId).get("evidence"))
                    .isEqualTo(CaseFixture.canonical(session.dir(), caseId).get("evidence").subList(0, ev));
        }
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
        Path out = tmp.resolve("b.cvbackup");
        session.backups().backup(out, Progress.NONE);
        Path existing = Files.createDirectories(tmp.resolve("existing"));
        Files.writeString(existing.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> RestoreService.restore(out, existing, Clock.systemUTC(), Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("already exists and is not empty");
        assertThatThrownBy(() -> RestoreService.restore(out, session.dir(), Clock.systemUTC(), Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("already exists and is not empty");
        assertThat(Files.readString(existing.resolve("notes.txt"))).isEqualTo("mine");
        try (Stream<Path> s = Files.list(existing)) {
            assertThat(s).hasSize(1);
        }
    }

    @Test
    void restoreIntoAnEmptyFolderWorks() throws Exception {
        Path out = tmp.resolve("b.cvbackup");
        session.backups().backup(out, Progress.NONE);
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        RestoreResult r = RestoreService.restore(out, empty, Clock.systemUTC(), Progress.NONE);

        assertThat(r.report().ok()).isTrue();
        assertThat(CaseFixture.canonical(empty, caseId)).isEqualTo(CaseFixture.canonical(session.dir(), caseId));
    }

    @Test
    void truncatedFlippedAndForeignArchivesAreRefusedAndLeaveNothingBehind() throws Exception {
        Path out = tmp.resolve("b.cvbackup");
        session.backups().backup(out, Progress.NONE);
        String blob = ArchiveManifest.blobPath(session.evidence().list(caseId).get(1).sha256());
        List<Path> bad = List.of(
                TestFiles.truncated(out, tmp.resolve("cut.cvbackup"), (int) Files.size(out) - 100),
                BundleTest.flipByteInEntry(out, blob, tmp.resolve("flip-blob.cvbackup")),
                BundleTest.flipByteInEntry(out, BackupService.ARCHIVE_DB, tmp.resolve("flip-db.cvbackup")),
                BundleTest.flipByteInEntry(out, ArchiveManifest.NAME, tmp.resolve("flip-manifest.cvbackup")),
                TestFiles.randomBytes(tmp.resolve("random.cvbackup"), 5000, 7));
        for (Path archive : bad) {
            Path target = tmp.resolve("restored-" + archive.getFileName());
            assertThatThrownBy(() -> RestoreService.restore(archive, target, Clock.systemUTC(), Progress.NONE))
                    .as(archive.getFileName().toString())
                    .isInstanceOf(DomainException.class).hasMessageEndingWith("nothing was restored.")
                    .message().doesNotContain("\n");
            assertThat(target).doesNotExist();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void folderBackupCopiesOnlyNewOriginalsAndReplacesADamagedCopy() throws Exception {
        Path folder = tmp.resolve("backups");
        BackupResult first = session.backups().backup(folder, Progress.NONE);
        assertThat(first.copied()).isEqualTo(2);

        session.evidence().add(caseId, List.of(TestFiles.png(tmp.resolve("new.png"), 30, 30, 42)), null,
                Progress.NONE);
        Path damaged = folder.resolve(ArchiveManifest.blobPath(session.evidence().list(caseId).get(0).sha256()));
        damaged.toFile().setWritable(true);
        Files.write(damaged, new byte[] {1, 2, 3});
        BackupResult second = session.backups().backup(folder, Progress.NONE);

        assertThat(second.blobs()).isEqualTo(3);
        assertThat(second.copied()).isEqualTo(2); // the new one and the damaged one
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db"))).hasSize(1);
        }
        RestoreResult r = RestoreService.restore(folder, tmp.resolve("restored"), Clock.systemUTC(), Progress.NONE);
        assertThat(r.report().ok()).as(r.report().problems().toString()).isTrue();
        assertThat(r.blobs()).isEqualTo(3);
    }

    @Test
    void cancelledBackupLeavesNoArchive() {
        Path out = tmp.resolve("cancelled.cvbackup");
        Progress cancelAfterFirst = new Progress() {
            private int updates;

            @Override
            public void update(long done, long total, String item) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates >= 1;
            }
        };
        assertThatThrownBy(() -> session.backups().backup(out, cancelAfterFirst))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        assertThat(tmp.toFile().list((d, n) -> n.startsWith("."))).isEmpty();
    }

    @Test
    void theLastBackupIsRecordedInTheVault() {
        assertThat(session.backups().lastBackup()).isEmpty();
        BackupResult r = session.backups().backup(tmp.resolve("b.zip"), Progress.NONE);
        assertThat(r.recorded()).isTrue();
        assertThat(session.backups().lastBackup()).hasValueSatisfying(e -> {
            assertThat(e.target()).isEqualTo(r.target().toString());
            assertThat(e.blobs()).isEqualTo(2);
        });
    }

    @Test
    void backupInsideTheVaultIsRefused() {
        assertThatThrownBy(() -> session.backups().backup(session.dir().resolve("cache/b.cvbackup"), Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("outside");
    }
}
