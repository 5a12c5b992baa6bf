package io.casevault.cli;

import io.casevault.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup}, {@code restore}, {@code case export-bundle} and {@code case import-bundle} as a user runs them. */
class BackupCliTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    String caseId;

    @BeforeEach
    void vaultWithACase() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        caseId = cli.ok("case", "add", "--title", "转账未到账", "--provider", "支付宝");
        cli.ok("tx", "add", "--case", caseId, "--at", "2026-11-03T14:30+08:00", "--amount", "1250.00",
                "--currency", "CNY", "--counterparty", "张三");
        cli.ok("evidence", "add", "--case", caseId, TestFiles.png(tmp.resolve("a.png"), 60, 40, 1).toString(),
                TestFiles.jpeg(tmp.resolve("b.jpg"), 50, 70, 2).toString(), "--caption", "转账记录");
    }

    @Test
    void backupThenRestoreGivesAVaultThatVerifiesWithTheSameCase() {
        Path archive = tmp.resolve("vault.cvbackup");
        String out = cli.ok("backup", "--out", archive.toString());
        assertThat(out).contains(archive.toString()).contains("2 originals (2 copied)");

        Path restored = tmp.resolve("restored");
        CliHarness.Result r = cli.run("restore", archive.toString(), "--vault", restored.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 originals").contains("is sound");

        CliHarness copy = new CliHarness(restored);
        assertThat(copy.ok("case", "show", caseId)).contains("转账未到账").contains("1 transaction, 2 evidence");
        assertThat(copy.run("verify").code()).isZero();
    }

    @Test
    void restoreOverAnExistingVaultIsRefusedInOneSentence() {
        Path archive = tmp.resolve("vault.cvbackup");
        cli.ok("backup", "--out", archive.toString());

        CliHarness.Result r = cli.run("restore", archive.toString(), "--vault", cli.vault().toString());

        assertThat(r.code()).isEqualTo(Cli.REJECTED);
        assertThat(r.err().strip()).contains("already exists and is not empty").doesNotContain("\n");
        assertThat(cli.ok("case", "show", caseId)).contains("转账未到账");
    }

    @Test
    void damagedArchiveIsRefusedInOneSentence() throws Exception {
        Path archive = tmp.resolve("vault.cvbackup");
        cli.ok("backup", "--out", archive.toString());
        Path cut = TestFiles.truncated(archive, tmp.resolve("cut.cvbackup"), (int) Files.size(archive) - 10);

        CliHarness.Result r = cli.run("restore", cut.toString(), "--vault", tmp.resolve("r").toString());

        assertThat(r.code()).isEqualTo(Cli.REJECTED);
        assertThat(r.err().strip()).endsWith("nothing was restored.").doesNotContain("\n");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void folderBackupTwiceCopiesNothingTheSecondTime() {
        Path folder = tmp.resolve("backups");
        assertThat(cli.ok("backup", "--out", folder.toString())).contains("(2 copied)");
        assertThat(cli.ok("backup", "--out", folder.toString())).contains("2 originals (0 copied)");
    }

    @Test
    void bundleHandsACaseToAnotherVaultOnce() {
        Path bundle = tmp.resolve("case.cvbundle");
        assertThat(cli.ok("case", "export-bundle", caseId, "--out", bundle.toString()))
                .contains("2 evidence items, 2 originals");

        CliHarness other = new CliHarness(tmp.resolve("other"));
        other.ok("init");
        other.ok("case", "add", "--title", "另一个", "--provider", "PayPal");
        String first = other.ok("case", "import-bundle", bundle.toString());
        String second = other.ok("case", "import-bundle", bundle.toString());

        String newId = first.lines().findFirst().orElseThrow();
        assertThat(newId).isEqualTo("2");
        assertThat(first).contains("Imported \"转账未到账\" as case 2");
        assertThat(second).startsWith("2").contains("imported before").contains("nothing was changed");
        assertThat(other.ok("case", "list")).contains("转账未到账").contains("另一个");
        assertThat(other.ok("case", "show", newId)).contains("1 transaction, 2 evidence");
        assertThat(other.run("verify").code()).isZero();
    }

    @Test
    void foreignFileAsBundleIsRefusedInOneSentence() throws Exception {
        Path png = TestFiles.png(tmp.resolve("x.png"), 10, 10, 5);
        CliHarness.Result r = cli.run("case", "import-bundle", png.toString());
        assertThat(r.code()).isEqualTo(Cli.REJECTED);
        assertThat(r.err().strip()).endsWith("nothing was changed.").doesNotContain("\n");
        assertThat(cli.ok("case", "list")).doesNotContain("\n2 ");
    }
}
