package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.NewCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM imports one message with two attachments (three originals, three rows) by the import protocol and dies
 * (halt: no shutdown hooks, no finally blocks) at a chosen stage. What it leaves on disk is then checked, and the next
 * open must leave nothing of the import visible and a vault that verifies.
 */
class ImportCrashTest {
    private static final int ORIGINALS = 3;

    /** Where the child dies. */
    enum Stage {
        /** the originals are staged in {@code blobs/tmp}, nothing is journalled yet */
        AFTER_STAGING,
        /** the originals are journalled and in place, the rows' transaction is open */
        WHILE_INSERTING_ROWS
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Stage.class)
    void anImportKilledBeforeItsRowsCommitLeavesNothingOnTheNextOpen(Stage stage) throws Exception {
        Path dir = tmp.resolve("v");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportCrashTest.class.getName(), dir.toString(),
                stage.name()).redirectErrorStream(true).redirectOutput(tmp.resolve("child.out").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.out"))).isEqualTo(HALTED);

        // what the crash left: staged copies, or journalled originals already in place
        if (stage == Stage.AFTER_STAGING) {
            assertThat(Files.list(dir.resolve("blobs/tmp")).count()).isEqualTo(ORIGINALS);
            assertThat(query(dir, "SELECT count(*) FROM pending_blobs")).isZero();
        } else {
            assertThat(query(dir, "SELECT count(*) FROM pending_blobs")).isEqualTo(ORIGINALS);
            try (var stored = Files.walk(dir.resolve("blobs/sha256"))) {
                assertThat(stored.filter(Files::isRegularFile).count()).isEqualTo(ORIGINALS);
            }
        }
        assertThat(query(dir, "SELECT count(*) FROM evidence")).isZero();

        try (Vault reopened = Vault.open(dir, Vault.Access.WRITE, Clock.systemUTC())) {
            assertThat(reopened.blobs().storedFiles()).isEmpty();
            assertThat(reopened.blobs().stagingFiles()).isEmpty();
            List<String> journal = reopened.read(h -> reopened.pending().all(h));
            assertThat(journal).isEmpty();
            assertThat(new VaultVerifier(reopened).verify((a, b) -> { }).ok()).isTrue();
        }
    }

    private static final int HALTED = 3;

    /** The child: {@code <vault dir> <stage>}. */
    public static void main(String[] args) throws Exception {
        Stage stage = Stage.valueOf(args[1]);
        Vault vault = Vault.create(Path.of(args[0]), Clock.systemUTC());
        long caseId = vault.transaction(h -> vault.repositories().cases().insert(h, new NewCase("mail", "p", null,
                null, null, null, null, null, LocalDate.of(2026, 11, 1), null, null, false), CaseStatus.DRAFT,
                vault.clock().instant()));
        List<StagedBlob> staged = new ArrayList<>();
        for (String part : List.of("message.eml", "receipt.png", "terms.pdf")) {
            staged.add(vault.blobs().stage(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8))));
        }
        if (stage == Stage.AFTER_STAGING) {
            Runtime.getRuntime().halt(HALTED);
        }
        vault.imports().commit(staged, h -> {
            for (StagedBlob b : staged) {
                vault.repositories().evidence().insert(h, new NewEvidence(caseId, b.sha256(), b.sha256(),
                        "application/octet-stream", b.size(), null, null, 1, null, CaptureSource.IMPORT_TIME,
                        vault.clock().instant(), ""));
            }
            Runtime.getRuntime().halt(HALTED);
            return null;
        });
        System.exit(0);
    }

    private static long query(Path dir, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + dir.resolve(Vault.DB_FILE) + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
