package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.Launcher;
import io.casevault.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM (SIGKILL, no shutdown hooks) in the middle of a bulk {@code evidence add}, three times at
 * different points, and shows that the vault verifies after each kill and that a re-run completes without duplicates.
 */
class CrashRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILES = 300;

    @TempDir
    Path tmp;

    @Test
    void killedImportLeavesOnlyWholeItemsAndARerunCompletesWithoutDuplicates() throws Exception {
        CliHarness cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        String caseId = cli.ok("case", "add", "--title", "崩溃测试 crash test", "--provider", "WeChat Pay");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path f = i % 10 == 0 ? TestFiles.png(tmp.resolve("in/shot-" + i + ".png"), 120, 200, i)
                    : TestFiles.randomBytes(tmp.resolve("in/record-" + i + ".bin"), 200_000, i);
            files.add(f.toString());
        }

        int[] killAt = {15, 90, 170};
        int before = 0;
        int interrupted = 0;
        for (int threshold : killAt) {
            Process child = startChild(cli.vault(), caseId, files);
            int seen = waitForRows(cli.vault(), threshold, child);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int after = rows(cli.vault());
            assertThat(after).as("killed in the middle, not after the end").isLessThan(FILES)
                    .isGreaterThanOrEqualTo(seen);
            assertThat(after).isGreaterThan(before);
            before = after;
            try (var staged = Files.list(cli.vault().resolve("blobs/tmp"))) {
                interrupted += (int) staged.count();
            }
            interrupted += queryInt(cli.vault(), "SELECT count(*) FROM pending_blobs");

            CliHarness.Result verify = cli.run("verify", "--json");
            assertThat(verify.code()).as(verify.out()).isZero();
            assertThat(cli.vault().resolve("blobs/tmp")).isEmptyDirectory();
            assertNoDuplicates(cli.vault());
            assertThat(JSON.readTree(verify.out()).get("blobsChecked").asInt()).isEqualTo(rows(cli.vault()));
        }

        assertThat(interrupted).as("some kill caught an import between staging and recording").isPositive();

        List<String> args = new ArrayList<>(List.of("evidence", "add", "--case", caseId, "--json"));
        args.addAll(files);
        CliHarness.Result rerun = cli.run(args.toArray(String[]::new));
        assertThat(rerun.code()).as(rerun.err()).isZero();
        JsonNode out = JSON.readTree(rerun.out());
        assertThat(out).hasSize(FILES);
        long duplicates = 0;
        for (JsonNode n : out) {
            duplicates += n.get("duplicate").asBoolean() ? 1 : 0;
        }
        assertThat(duplicates).isEqualTo(before);
        assertThat(rows(cli.vault())).isEqualTo(FILES);
        assertNoDuplicates(cli.vault());
        assertThat(cli.run("verify").code()).isZero();
        assertThat(exhibits(cli.vault())).isEqualTo(FILES); // E-1 … E-300, no gaps
    }

    private static Process startChild(Path vault, String caseId, List<String> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcasevault.logDir=" + vault.resolveSibling("logs"),
                Launcher.class.getName(), "--vault", vault.toString(), "evidence", "add", "--case", caseId));
        cmd.addAll(files);
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(vault.getParent(), "child", ".out").toFile()).start();
    }

    private static int waitForRows(Path vault, int threshold, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the child finished before it could be killed (exit " + child.exitValue()
                        + ")");
            }
            int n = rows(vault);
            if (n >= threshold) {
                return n;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the child never reached " + threshold + " rows");
    }

    private static int rows(Path vault) throws SQLException {
        return queryInt(vault, "SELECT count(*) FROM evidence");
    }

    private static int exhibits(Path vault) throws SQLException {
        return queryInt(vault, "SELECT max(exhibit_no) FROM evidence");
    }

    private static void assertNoDuplicates(Path vault) throws SQLException {
        assertThat(queryInt(vault, "SELECT count(DISTINCT sha256) FROM evidence")).isEqualTo(rows(vault));
    }

    private static int queryInt(Path vault, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + vault.resolve("casevault.db")
                + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY")) {
                return -1;
            }
            throw e;
        }
    }
}
