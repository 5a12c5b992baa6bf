package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.SmallDisk;
import io.casevault.TestFiles;
import io.casevault.app.TestMails;
import io.casevault.importer.StatementFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disk that fills in each write path other than {@code evidence add} (see {@link DiskFullTest}): one sentence on
 * stderr naming the disk's folder, about how much more was needed and what was done, exit 1, nothing half-written, and
 * a re-run once there is space that finishes the job without duplicates. A real tmpfs, mounted as root (CI); skipped
 * with a message elsewhere.
 */
class FullDiskWritePathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aStatementImportKeepsTheStatementAndNoRowsThenTheRerunImportsEveryRowOnce() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            CliHarness cli = new CliHarness(disk.resolve("vault"));
            cli.ok("init");
            String caseId = cli.ok("case", "add", "--title", "账单", "--provider", "微信支付");
            int rows = 6000;
            List<String> lines = IntStream.range(0, rows)
                    .mapToObj(i -> "2024-03-02 12:45:27,商户消费,店" + i + ",/,支出,¥12.00,零钱,支付成功,T" + i + ",/,/")
                    .toList();
            Path wx = StatementFixtures.write(tmp.resolve("wx.csv"), StatementFixtures.weChatCsv(lines, true));
            disk.leave(Files.size(wx) + 600_000); // room for the statement, not for its rows

            CliHarness.Result full = cli.run("tx", "import", "--case", caseId, wx.toString());
            assertOneSentence(full, "The disk holding " + cli.vault() + " is full (about ",
                    "wx.csv is kept as exhibit E-1 but none of its " + rows + " rows were imported");
            assertThat(caseShow(cli, caseId).get("transactions").asInt()).isZero();

            disk.free();
            assertThat(cli.ok("tx", "import", "--case", caseId, wx.toString()))
                    .startsWith("Imported " + rows + " transactions from wx.csv");
            assertThat(cli.ok("tx", "import", "--case", caseId, wx.toString()))
                    .startsWith("Imported 0 transactions from wx.csv");
            JsonNode show = caseShow(cli, caseId);
            assertThat(show.get("transactions").asInt()).isEqualTo(rows);
            assertThat(show.get("evidence").asInt()).isEqualTo(1);
            assertThat(cli.run("verify").code()).isZero();
        }
    }

    @Test
    void anExportOrLetterToAFullDiskWritesNoFileAndTheRerunWritesIt() throws Exception {
        CliHarness cli = new CliHarness(tmp.resolve("vault"));
        String caseId = caseWithScreenshots(cli, 4);
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 4)) {
            disk.leave(200_000);
            Path pdf = disk.resolve("dossier.pdf");
            CliHarness.Result full = cli.run("export", "--case", caseId, "--out", pdf.toString());
            assertOneSentence(full, "The disk holding " + disk.root() + " is full (about ",
                    "MB more were needed): no file was written to " + pdf);
            assertThat(filesOn(disk)).isEmpty();

            disk.leave(0);
            Path letter = disk.resolve("letter.txt");
            CliHarness.Result noLetter = cli.run("letter", "--case", caseId, "--out", letter.toString());
            assertOneSentence(noLetter, "The disk holding " + disk.root() + " is full",
                    "no file was written to " + letter);
            assertThat(filesOn(disk)).isEmpty();

            disk.free();
            cli.ok("export", "--case", caseId, "--out", pdf.toString());
            cli.ok("letter", "--case", caseId, "--out", letter.toString());
            assertThat(filesOn(disk)).containsExactlyInAnyOrder("dossier.pdf", "letter.txt");
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    void aBackupToAFullDiskLeavesNoArchiveOrKeepsTheCopiedOriginalsForTheRerun() throws Exception {
        CliHarness cli = new CliHarness(tmp.resolve("vault"));
        caseWithScreenshots(cli, 6);
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 8)) {
            disk.leave(700_000);
            Path archive = disk.resolve("vault.cvbackup");
            CliHarness.Result noArchive = cli.run("backup", "--out", archive.toString());
            assertOneSentence(noArchive, "The disk holding " + disk.root() + " is full (about ",
                    "no file was written to " + archive);
            assertThat(filesOn(disk)).isEmpty();

            disk.free();
            // room for the database's snapshot and two of the six originals
            disk.leave(Files.size(cli.vault().resolve("casevault.db")) + 650_000);
            Path folder = disk.resolve("backups");
            CliHarness.Result partial = cli.run("backup", "--out", folder.toString());
            long copiedBefore = originalsIn(folder);
            assertThat(copiedBefore).isBetween(1L, 5L);
            assertOneSentence(partial, "The disk holding " + folder + " is full (about ", "no complete backup is in "
                    + folder + " yet, and the " + copiedBefore + " originals copied there so far are reused");
            assertThat(folder.resolve("manifest.json")).doesNotExist();

            disk.free();
            String second = cli.ok("backup", "--out", folder.toString());
            assertThat(second).contains("6 originals (" + (6 - copiedBefore) + " copied)");
            assertThat(originalsIn(folder)).isEqualTo(6);
            CliHarness restored = new CliHarness(tmp.resolve("restored"));
            assertThat(restored.run("restore", folder.toString(), "--vault", restored.vault().toString()).code())
                    .isZero();
            assertThat(restored.run("verify").code()).isZero();
        }
    }

    @Test
    void aRestoreOntoAFullDiskLeavesNothingAndTheRerunRestoresAVaultThatVerifies() throws Exception {
        CliHarness cli = new CliHarness(tmp.resolve("vault"));
        caseWithScreenshots(cli, 5);
        Path archive = tmp.resolve("vault.cvbackup");
        cli.ok("backup", "--out", archive.toString());
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 8)) {
            disk.leave(600_000);
            Path target = disk.resolve("restored");
            CliHarness restored = new CliHarness(target);
            CliHarness.Result full = restored.run("restore", archive.toString(), "--vault", target.toString());
            assertOneSentence(full, "The disk holding " + disk.root() + " is full (about ",
                    "nothing was restored into " + target);
            assertThat(filesOn(disk)).isEmpty();

            disk.free();
            assertThat(restored.run("restore", archive.toString(), "--vault", target.toString()).code()).isZero();
            assertThat(restored.run("verify").code()).isZero();
            assertThat(restored.ok("case", "list")).contains("磁盘");
        }
    }

    @Test
    void aBundleToOrFromAFullDiskIsAllOrNothingAndTheRerunImportsTheCaseOnce() throws Exception {
        CliHarness source = new CliHarness(tmp.resolve("source"));
        String caseId = caseWithScreenshots(source, 5);
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            disk.leave(400_000);
            Path onDisk = disk.resolve("case.cvbundle");
            assertOneSentence(source.run("case", "export-bundle", caseId, "--out", onDisk.toString()),
                    "The disk holding " + disk.root() + " is full (about ", "no file was written to " + onDisk);
            assertThat(filesOn(disk)).isEmpty();
            disk.free();

            Path bundle = tmp.resolve("case.cvbundle");
            source.ok("case", "export-bundle", caseId, "--out", bundle.toString());
            CliHarness target = new CliHarness(disk.resolve("vault"));
            target.ok("init");
            disk.leave(600_000);
            CliHarness.Result full = target.run("case", "import-bundle", bundle.toString());
            assertOneSentence(full, "The disk holding " + target.vault() + " is full (about ",
                    "nothing was imported from " + bundle);
            assertThat(JSON.readTree(target.ok("case", "list", "--json"))).isEmpty();
            assertThat(target.run("verify").code()).isZero();

            disk.free();
            assertThat(target.ok("case", "import-bundle", bundle.toString())).contains("Imported \"");
            assertThat(target.ok("case", "import-bundle", bundle.toString())).contains("was imported before");
            assertThat(JSON.readTree(target.ok("case", "list", "--json"))).hasSize(1);
            assertThat(target.run("verify").code()).isZero();
        }
    }

    @Test
    void aMailImportNamesTheExhibitsThatWentInAndTheRerunAddsOnlyTheRest() throws Exception {
        int messages = 5;
        List<Path> files = new ArrayList<>();
        Random random = new Random(18);
        for (int i = 0; i < messages; i++) {
            byte[] scan = new byte[300_000];
            random.nextBytes(scan);
            files.add(Files.writeString(tmp.resolve("m" + i + ".eml"), TestMails.from("Zhang San <zs@home.example>",
                    "Support <support@wallet.example>", "Refund " + i, "Mon, 4 Nov 2024 1" + i + ":00:00 +0800",
                    "m" + i + "@home.example").body("Scan " + i + " attached.")
                    .attach("scan" + i + ".bin", "application/octet-stream", scan).text()));
        }
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            CliHarness cli = new CliHarness(disk.resolve("vault"));
            cli.ok("init");
            String caseId = cli.ok("case", "add", "--title", "退款", "--provider", "Wallet");
            disk.leave(1_700_000); // about two messages: each is its .eml (base64) and its 300 kB attachment
            List<String> args = new ArrayList<>(List.of("mail", "import", "--case", caseId));
            files.forEach(f -> args.add(f.toString()));

            CliHarness.Result full = cli.run(args.toArray(String[]::new));
            assertOneSentence(full, "The disk holding " + cli.vault() + " is full (about ", " messages went in, as "
                    + "exhibits E-1, E-2");
            int before = caseShow(cli, caseId).get("followUps").asInt();
            assertThat(before).isBetween(1, messages - 1);
            assertThat(full.err()).contains(before + " messages went in");

            disk.free();
            args.add("--json");
            JsonNode again = JSON.readTree(cli.ok(args.toArray(String[]::new)));
            assertThat(again.get("imported").asInt()).isEqualTo(messages - before);
            assertThat(again.get("skipped").asInt()).isEqualTo(before);
            JsonNode show = caseShow(cli, caseId);
            assertThat(show.get("followUps").asInt()).isEqualTo(messages);
            assertThat(show.get("evidence").asInt()).isEqualTo(2 * messages);
            assertThat(cli.run("verify").code()).isZero();
        }
    }

    @Test
    void aFullDiskIsNamedAsSuchNeverTakenForADamagedDatabaseAndTheVaultCanStillBeRead() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 4)) {
            CliHarness cli = new CliHarness(disk.resolve("vault"));
            cli.ok("init");
            String caseId = cli.ok("case", "add", "--title", "磁盘已满", "--provider", "微信支付");
            disk.leave(0); // SQLite cannot even size its shared-memory index now

            String[] followUp = {"followup", "add", "--case", caseId, "--at", "2026-11-20T10:00+08:00", "--channel",
                "HOTLINE", "--summary", "打了客服电话"};
            CliHarness.Result full = cli.run(followUp);
            assertThat(full.code()).as(full.out() + full.err()).isEqualTo(1);
            assertThat(full.err().strip()).doesNotContain("\n").doesNotContain("SQLITE").doesNotContain("damaged")
                    .startsWith("The disk holding " + cli.vault() + " is full; free some space");
            assertThat(cli.ok("case", "list")).contains("磁盘已满");
            assertThat(caseShow(cli, caseId).get("followUps").asInt()).isZero();
            assertThat(cli.run("verify").code()).isZero();

            disk.free();
            cli.ok(followUp);
            assertThat(caseShow(cli, caseId).get("followUps").asInt()).isEqualTo(1);
            assertThat(cli.run("verify").code()).isZero();
        }
    }

    private static void assertOneSentence(CliHarness.Result r, String... parts) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("SQLITE").doesNotContain("Exception")
                .contains(parts).endsWith("free some space and run it again.");
    }

    private static JsonNode caseShow(CliHarness cli, String caseId) throws IOException {
        return JSON.readTree(cli.ok("case", "show", caseId, "--json"));
    }

    /** A case with {@code n} screenshots of about 270 kB of noise each. */
    private String caseWithScreenshots(CliHarness cli, int n) throws IOException {
        cli.ok("init");
        String caseId = cli.ok("case", "add", "--title", "磁盘已满", "--provider", "微信支付");
        List<String> args = new ArrayList<>(List.of("evidence", "add", "--case", caseId));
        for (int i = 0; i < n; i++) {
            args.add(TestFiles.png(tmp.resolve("shots/shot" + i + ".png"), 300, 300, i).toString());
        }
        cli.ok(args.toArray(String[]::new));
        return caseId;
    }

    /** What is on the disk besides the filler, hidden temporary files included. */
    private static List<String> filesOn(SmallDisk disk) throws IOException {
        try (Stream<Path> files = Files.list(disk.root())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".filler")).toList();
        }
    }

    private static long originalsIn(Path backupFolder) throws IOException {
        try (Stream<Path> files = Files.walk(backupFolder.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .count();
        }
    }
}
