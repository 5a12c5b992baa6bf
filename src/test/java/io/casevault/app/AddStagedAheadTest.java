package io.casevault.app;

import io.casevault.SmallDisk;
import io.casevault.TestFiles;
import io.casevault.domain.NewCase;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultTooNewException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The command line's add stages files while the vault's database opens. Staged on the calling thread here, so the
 * first files are staged for certain before the database is read: when the add cannot go on then, no staged copy and
 * no original is left; when it can, every file is recorded in the order given.
 */
class AddStagedAheadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);
    private static final Executor THIS_THREAD = Runnable::run;

    @TempDir
    Path tmp;
    Path dir;
    long caseId;
    List<Path> files = new ArrayList<>();
    AppExecutors executors = AppExecutors.of(2, 1);

    @BeforeEach
    void vaultWithACase() throws Exception {
        dir = tmp.resolve("v");
        try (VaultSession session = VaultSession.create(dir, CLOCK)) {
            caseId = session.cases().create(new NewCase("提前暂存", "Alipay", null, null, null, null, List.of(), null,
                    LocalDate.of(2026, 11, 25), null, null, false)).id();
        }
        for (int i = 0; i < 40; i++) {
            files.add(i % 3 == 0 ? TestFiles.png(tmp.resolve("in/shot-" + i + ".png"), 60, 90, i)
                    : TestFiles.randomBytes(tmp.resolve("in/record-" + i + ".bin"), 50_000, i));
        }
    }

    @AfterEach
    void closeExecutors() {
        executors.close();
    }

    private List<AddOutcome> add(long toCase, Executor io) {
        return VaultSession.addEvidence(dir, CLOCK, executors, io, new VaultSession.Add(toCase, files, null,
                Progress.NONE));
    }

    private List<Path> blobFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(dir.resolve("blobs"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aCaseThatDoesNotExistDropsTheFilesStagedWhileTheVaultOpened() throws Exception {
        assertThatThrownBy(() -> add(caseId + 1, THIS_THREAD)).isInstanceOf(NotFoundException.class);
        assertThat(blobFiles()).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotOpenDropsTheFilesStagedAlreadyAndReleasesTheVault() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Vault.DB_FILE));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) SELECT max(installed_rank) + 1, '"
                    + (Vault.schemaVersion() + 1) + "', 'later', 'SQL', 'V" + (Vault.schemaVersion() + 1)
                    + "__later.sql', 0, '', CURRENT_TIMESTAMP, 0, 1 FROM flyway_schema_history");
        }
        assertThatThrownBy(() -> add(caseId, THIS_THREAD)).isInstanceOf(VaultTooNewException.class);
        assertThat(blobFiles()).isEmpty();
        assertThatThrownBy(() -> add(caseId, THIS_THREAD)).isInstanceOf(VaultTooNewException.class); // not locked
    }

    @Test
    void filesStagedAheadOnTheWorkersAreRecordedInTheOrderGivenAndTheVaultVerifies() throws Exception {
        List<AddOutcome> outcomes = add(caseId, executors.io());

        assertThat(outcomes).extracting(AddOutcome::source).containsExactlyElementsOf(files.stream()
                .map(Path::toString).toList());
        assertThat(outcomes).allMatch(o -> o instanceof AddOutcome.Added);
        try (VaultSession session = VaultSession.open(dir, Vault.Access.WRITE, CLOCK)) {
            assertThat(session.evidence().list(caseId)).extracting(e -> e.exhibit()).startsWith("E-1", "E-2")
                    .hasSize(files.size());
            assertThat(session.verify(Progress.NONE).ok()).isTrue();
        }
        assertThat(dir.resolve("blobs/tmp")).isEmptyDirectory();
    }

    @Test
    void filesStagedAheadThatFillTheDiskBeforeTheDatabaseOpensDoNotStopTheFilesThatFitGoingIn() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            dir = disk.resolve("v");
            try (VaultSession session = VaultSession.create(dir, CLOCK)) {
                caseId = session.cases().create(new NewCase("磁盘已满", "Alipay", null, null, null, null, List.of(),
                        null, LocalDate.of(2026, 11, 25), null, null, false)).id();
            }
            files.clear();
            for (int i = 0; i < 12; i++) {
                files.add(TestFiles.randomBytes(tmp.resolve("in/big-" + i + ".bin"), 270_000, i));
            }
            // room for six (66 pages of 4 kB each) and 8 kB: staged on this thread, the files fill the disk before the
            // database opens, which then has no room for the 32 kB index of its write-ahead log
            disk.leave(6 * 66 * 4096 + 8192);

            AddStoppedException stopped = catchThrowableOfType(() -> add(caseId, THIS_THREAD),
                    AddStoppedException.class);
            assertThat(stopped).as("the add stops for the full disk").isNotNull();
            assertThat(stopped.diskFull().getMessage()).contains("The disk holding " + dir + " is full");
            List<AddOutcome> done = stopped.done();
            assertThat(done).hasSizeBetween(1, 11).allMatch(o -> o instanceof AddOutcome.Added);
            assertThat(done).extracting(AddOutcome::source)
                    .containsExactlyElementsOf(files.subList(0, done.size()).stream().map(Path::toString).toList());

            disk.free();
            List<AddOutcome> rerun = add(caseId, THIS_THREAD);
            assertThat(rerun).hasSize(files.size());
            try (VaultSession session = VaultSession.open(dir, Vault.Access.WRITE, CLOCK)) {
                assertThat(session.evidence().list(caseId)).hasSize(files.size());
                assertThat(session.verify(Progress.NONE).ok()).isTrue();
            }
        }
    }
}
