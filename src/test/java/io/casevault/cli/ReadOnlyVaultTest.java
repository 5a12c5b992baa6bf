package io.casevault.cli;

import io.casevault.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.casevault.cli.Commands.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A vault on a read-only mount (as root: a read-only bind mount, since root ignores permissions) or in a folder
 * without write permission (everyone else): reading commands work, writing ones refuse in one sentence.
 */
class ReadOnlyVaultTest {
    @TempDir
    Path tmp;
    Path vault;
    Path readOnly;
    boolean mounted;

    @BeforeEach
    void readOnlyVault() throws Exception {
        vault = tmp.resolve("vault");
        CliHarness cli = new CliHarness(vault);
        cli.ok("init");
        String id = cli.ok("case", "add", "--title", "只读", "--provider", "PayPal");
        cli.ok("tx", "add", "--case", id, "--at", "2026-11-03T14:30+08:00", "--amount", "50.00");
        cli.ok("evidence", "add", "--case", id, TestFiles.png(tmp.resolve("a.png"), 40, 40, 1).toString());
        if ("root".equals(System.getProperty("user.name"))) {
            readOnly = Files.createDirectories(tmp.resolve("ro"));
            mounted = run("mount", "--bind", vault.toString(), readOnly.toString())
                    && run("mount", "-o", "remount,ro,bind", readOnly.toString());
            assumeTrue(mounted, "a read-only bind mount is not possible here; the read-only vault test is skipped");
        } else {
            readOnly = vault;
            assertThat(vault.toFile().setWritable(false, false)).isTrue();
            assertThat(vault.resolve("casevault.db").toFile().setWritable(false, false)).isTrue();
        }
        assertThat(Files.isWritable(readOnly)).isFalse();
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (mounted) {
            run("umount", "-l", readOnly.toString());
        }
        vault.toFile().setWritable(true, true);
        vault.resolve("casevault.db").toFile().setWritable(true, true);
    }

    @Test
    void readingCommandsWorkAndWritingCommandsRefuseInOneSentence() {
        CliHarness cli = new CliHarness(readOnly);
        assertThat(cli.ok("verify")).contains("is sound");
        assertThat(cli.ok("case", "list")).contains("只读");
        assertThat(cli.ok("case", "show", "1")).contains("只读");
        assertThat(cli.ok("timeline", "--case", "1")).contains("50.00");
        cli.ok("export", "--case", "1", "--out", tmp.resolve("out.pdf").toString(), "--lang", "en");
        assertThat(tmp.resolve("out.pdf")).isNotEmptyFile();
        cli.ok("letter", "--case", "1", "--out", tmp.resolve("letter.txt").toString(), "--lang", "en");
        assertThat(tmp.resolve("letter.txt")).isNotEmptyFile();

        for (String[] write : new String[][]{{"case", "add", "--title", "新", "--provider", "PayPal"},
                {"evidence", "add", "--case", "1", tmp.resolve("a.png").toString()}, {"case", "trash", "1"}}) {
            CliHarness.Result r = cli.run(write);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("The vault " + readOnly + " is read-only: ")
                    .doesNotContain("\n").doesNotContain("SQLITE");
        }
    }
}
