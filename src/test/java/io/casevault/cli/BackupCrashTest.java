package io.casevault.cli;

import io.casevault.Launcher;
import io.casevault.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM (SIGKILL) in the middle of a backup and of a restore: no archive and no vault appears under the
 * chosen name, and the next run completes and removes what the killed one left.
 */
class BackupCrashTest {
    private static final int FILES = 40;

    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void vaultOfEightyMegabytes() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        String caseId = cli.ok("case", "add", "--title", "crash", "--provider", "PayPal");
        List<String> args = new ArrayList<>(List.of("evidence", "add", "--case", caseId));
        for (int i = 0; i < FILES; i++) {
            args.add(TestFiles.randomBytes(tmp.resolve("in/record-" + i + ".bin"), 2_000_000, i).toString());
        }
        cli.ok(args.toArray(String[]::new));
        Files.createDirectories(tmp.resolve("out"));
    }

    @Test
    void killedBackupLeavesNoArchiveAndTheNextRunCleansUp() throws Exception {
        Path archive = tmp.resolve("out/vault.cvbackup");
        Process child = startChild("backup", "--out", archive.toString());
        killWhen(child, () -> hidden(archive.getParent()).stream().anyMatch(p -> p.toString().endsWith(".part")
                && size(p) > 20_000_000));

        assertThat(archive).doesNotExist();
        assertThat(hidden(archive.getParent())).isNotEmpty();
        assertThat(cli.ok("backup", "--out", archive.toString())).contains(FILES + " originals");
        assertThat(hidden(archive.getParent())).isEmpty();
        assertThat(cli.run("restore", archive.toString(), "--vault", tmp.resolve("check").toString()).code())
                .isZero();
    }

    @Test
    void killedRestoreLeavesNoVaultAndTheNextRunRestores() throws Exception {
        Path archive = tmp.resolve("out/vault.cvbackup");
        cli.ok("backup", "--out", archive.toString());
        Path target = tmp.resolve("restored");
        Process child = startChild("restore", archive.toString(), "--vault", target.toString());
        killWhen(child, () -> hidden(tmp).stream().anyMatch(p -> count(p.resolve("blobs/sha256")) >= 10));

        assertThat(target).doesNotExist();
        assertThat(hidden(tmp)).isNotEmpty();
        CliHarness.Result r = cli.run("restore", archive.toString(), "--vault", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("is sound");
        assertThat(hidden(tmp)).isEmpty();
    }

    private Process startChild(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcasevault.logDir=" + tmp.resolve("logs"),
                Launcher.class.getName(), "--vault", cli.vault().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(tmp, "child", ".out").toFile()).start();
    }

    private static void killWhen(Process child, BooleanSupplier midWay) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!midWay.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new AssertionError("the child finished before it could be killed (exit " + child.exitValue()
                        + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child never got half-way");
            }
            Thread.sleep(1);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The hidden files and folders (temporary files, staging folders) directly in {@code dir}. */
    private static List<Path> hidden(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long count(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0; // the tree changes while it is walked
        }
    }
}
