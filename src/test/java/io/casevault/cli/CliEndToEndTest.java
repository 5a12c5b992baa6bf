package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(tmp.resolve("vault"));
        assertThat(cli.ok("init")).startsWith("Created vault at");
    }

    private long newCase(String title) {
        return Long.parseLong(cli.ok("case", "add", "--title", title, "--provider", "支付宝", "--category",
                "funds-not-received", "--amount", "1250.00", "--currency", "CNY", "--incident", "2026-11-03",
                "--window-days", "30", "--description", "11月3日转账给张三，对方未收到。", "--demand", "退款 1250 元",
                "--demand", "Written explanation"));
    }

    @Test
    void initTwiceKeepsTheVault() {
        long id = newCase("转账未到账");
        assertThat(cli.ok("init")).startsWith("Vault ready at");
        assertThat(cli.ok("case", "show", String.valueOf(id))).contains("转账未到账");
    }

    @Test
    void caseAddPrintsTheIdAndListAndShowReportIt() throws Exception {
        long id = newCase("转账未到账 Transfer never arrived");
        assertThat(id).isPositive();

        JsonNode list = JSON.readTree(cli.ok("case", "list", "--json"));
        assertThat(list).hasSize(1);
        JsonNode row = list.get(0);
        assertThat(row.get("id").asLong()).isEqualTo(id);
        assertThat(row.get("title").asText()).isEqualTo("转账未到账 Transfer never arrived");
        assertThat(row.get("provider").asText()).isEqualTo("支付宝");
        assertThat(row.get("status").asText()).isEqualTo("DRAFT");
        assertThat(row.get("deadline").asText()).isEqualTo("2026-12-03");
        assertThat(row.get("daysLeft").asLong()).isEqualTo(8); // today is 2026-11-25 in Shanghai

        JsonNode show = JSON.readTree(cli.ok("case", "show", String.valueOf(id), "--json"));
        assertThat(show.get("demands")).hasSize(2);
        assertThat(show.get("amount").asText()).isEqualTo("1250");
        assertThat(show.get("transactions").asInt()).isZero();
        assertThat(show.get("evidence").asInt()).isZero();
        assertThat(show.get("followUps").asInt()).isZero();

        assertThat(cli.ok("case", "list")).contains("转账未到账").contains("8 days left");
    }

    @Test
    void transactionsAndFollowUpsAppearOnTheTimelineInTimeOrder() throws Exception {
        long id = newCase("付款失败但已扣款");
        String c = String.valueOf(id);
        cli.ok("followup", "add", "--case", c, "--at", "2026-11-05T10:00", "--channel", "hotline", "--summary",
                "客服说三天内回复", "--ref", "88231", "--due", "2026-11-08");
        cli.ok("tx", "add", "--case", c, "--at", "2026-11-03T14:30:00+08:00", "--amount", "1250.00", "--counterparty",
                "张三", "--ref", "2026110322001456789");
        cli.ok("followup", "add", "--case", c, "--at", "2026-11-12T09:00", "--channel", "EMAIL", "--direction", "in",
                "--summary", "Reply: under investigation");

        JsonNode events = JSON.readTree(cli.ok("timeline", "--case", c, "--json"));
        assertThat(events).extracting(e -> e.get("kind").asText())
                .containsExactly("transaction", "followup", "deadline", "followup", "deadline", "status", "deadline");
        assertThat(events.get(0).get("at").asText()).isEqualTo("2026-11-03T06:30:00Z");
        assertThat(events.get(1).get("text").asText()).contains("客服说三天内回复").contains("88231");
        assertThat(events.get(2).get("overdue").asBoolean()).isTrue();
        // the hotline call's 7-day response clock, met by the e-mail reply of the same day
        assertThat(events.get(4).get("text").asText()).startsWith("Answer due to the contact via the hotline")
                .endsWith("(answered)");
        assertThat(events.get(4).get("overdue").asBoolean()).isFalse();
        assertThat(events.get(6).get("text").asText()).contains("Complaint window");

        JsonNode show = JSON.readTree(cli.ok("case", "show", c, "--json"));
        assertThat(show.get("transactions").asInt()).isEqualTo(1);
        assertThat(show.get("followUps").asInt()).isEqualTo(2);
        assertThat(cli.ok("timeline", "--case", c)).contains("2026-11-03 14:30").contains("OVERDUE");
    }

    @Test
    void evidenceAddNumbersExhibitsAndRecognisesTheSameFileTwice() throws Exception {
        long id = newCase("截图证据");
        Path a = TestFiles.png(tmp.resolve("in/付款截图.png"), 40, 80, 1);
        Path b = TestFiles.jpeg(tmp.resolve("in/receipt.jpg"), 64, 48, 2);
        JsonNode added = JSON.readTree(cli.ok("evidence", "add", "--case", String.valueOf(id), a.toString(),
                b.toString(), "--caption", "转账记录 transfer record", "--json"));
        assertThat(added).hasSize(2);
        assertThat(added.get(0).get("exhibit").asText()).isEqualTo("E-1");
        assertThat(added.get(1).get("exhibit").asText()).isEqualTo("E-2");
        assertThat(added.get(0).get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(added.get(0).get("width").asInt()).isEqualTo(40);
        assertThat(added.get(1).get("mediaType").asText()).isEqualTo("image/jpeg");

        Path copy = java.nio.file.Files.copy(a, tmp.resolve("in/same-bytes.png"));
        JsonNode again = JSON.readTree(cli.ok("evidence", "add", "--case", String.valueOf(id), copy.toString(),
                "--json"));
        assertThat(again.get(0).get("exhibit").asText()).isEqualTo("E-1");
        assertThat(again.get(0).get("duplicate").asBoolean()).isTrue();
        assertThat(JSON.readTree(cli.ok("case", "show", String.valueOf(id), "--json")).get("evidence").asInt())
                .isEqualTo(2);

        long other = newCase("另一个案件");
        JsonNode otherCase = JSON.readTree(cli.ok("evidence", "add", "--case", String.valueOf(other), a.toString(),
                "--json"));
        assertThat(otherCase.get(0).get("exhibit").asText()).isEqualTo("E-1");
        assertThat(otherCase.get(0).get("duplicate").asBoolean()).isFalse();
        assertThat(JSON.readTree(cli.ok("verify", "--json")).get("blobsChecked").asInt()).isEqualTo(2);
    }

    @Test
    void badFilesAreNamedWithTheirReasonWhileGoodOnesGoIn() throws Exception {
        long id = newCase("坏文件");
        Path good = TestFiles.png(tmp.resolve("in/good.png"), 30, 30, 3);
        Path textAsPng = TestFiles.text(tmp.resolve("in/notes.png"), "this is not a picture");
        Path chatLog = TestFiles.text(tmp.resolve("in/chat-export.txt"), "客服: 请提供截图\nme: 好的");
        Path empty = TestFiles.text(tmp.resolve("in/empty.jpg"), "");
        Path truncatedJpeg = TestFiles.truncated(TestFiles.jpeg(tmp.resolve("in/full.jpg"), 200, 200, 4),
                tmp.resolve("in/truncated.jpg"), 600);
        Path corruptPng = TestFiles.corruptPngData(TestFiles.png(tmp.resolve("in/ok2.png"), 50, 50, 5),
                tmp.resolve("in/corrupt.png"));
        Path bomb = TestFiles.pngClaiming(good, tmp.resolve("in/bomb.png"), 60000, 60000);
        Path folder = tmp.resolve("in");
        Path missing = tmp.resolve("in/missing.png");

        CliHarness.Result r = cli.run("evidence", "add", "--case", String.valueOf(id), good.toString(),
                textAsPng.toString(), chatLog.toString(), empty.toString(), truncatedJpeg.toString(),
                        corruptPng.toString(), bomb.toString(),
                folder.toString(), missing.toString(), "--json");

        assertThat(r.code()).isEqualTo(2);
        JsonNode added = JSON.readTree(r.out());
        assertThat(added).hasSize(2); // good.png, and the chat export kept as a text document
        assertThat(added.get(0).get("file").asText()).endsWith("good.png");
        assertThat(added.get(1).get("file").asText()).endsWith("chat-export.txt");
        assertThat(added.get(1).get("mediaType").asText()).isEqualTo("text/plain");
        String[] lines = r.err().strip().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(r.err()).contains("Rejected " + textAsPng
                + ": it is named like an image (.png) but contains plain text")
                .contains("Rejected " + empty + ": ").contains("empty")
                .contains("Rejected " + truncatedJpeg + ": ").contains("Rejected " + corruptPng + ": ")
                .contains("Rejected " + bomb + ": ").contains("Rejected " + folder + ": it is a folder")
                .contains("Rejected " + missing + ": the file does not exist.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode verify = JSON.readTree(cli.ok("verify", "--json"));
        assertThat(verify.get("ok").asBoolean()).isTrue();
        assertThat(verify.get("blobsChecked").asInt()).isEqualTo(2);
        assertThat(cli.vault().resolve("blobs/tmp")).isEmptyDirectory();
    }

    @Test
    void badInputGetsOneSentenceAndChangesNothing() throws Exception {
        long id = newCase("输入错误");
        String c = String.valueOf(id);
        String before = cli.ok("verify", "--json") + cli.ok("timeline", "--case", c, "--json");

        assertRejected(cli.run("tx", "add", "--case", c, "--at", "yesterday", "--amount", "10"), "--at \"yesterday\"");
        assertRejected(cli.run("tx", "add", "--case", c, "--at", "2026-11-03T10:00", "--amount", "12,5x"),
                "Amount \"12,5x\"");
        assertRejected(cli.run("tx", "add", "--case", c, "--at", "2026-11-03T10:00", "--amount", "-5"),
                "must not be negative");
        assertRejected(cli.run("tx", "add", "--case", c, "--at", "2026-11-03T10:00", "--amount", "5", "--currency",
                "QQQ"), "ISO 4217");
        assertRejected(cli.run("tx", "add", "--case", "99", "--at", "2026-11-03T10:00", "--amount", "5"),
                "There is no case with id 99.");
        assertRejected(cli.run("case", "show", "abc"), "Case id \"abc\"");
        assertRejected(cli.run("case", "add", "--title", "", "--provider", "x"), "Title must not be empty.");
        assertRejected(cli.run("case", "add", "--title", "t", "--provider", "x", "--incident", "2026-02-30"),
                "Incident date");
        assertRejected(cli.run("case", "add", "--title", "t", "--provider", "x", "--amount", "5"),
                "--amount and --currency");
        assertRejected(cli.run("followup", "add", "--case", c, "--at", "2026-11-03T10:00", "--channel", "fax",
                "--summary", "s"), "--channel \"fax\"");
        assertRejected(cli.run("followup", "add", "--case", c, "--at", "2026-11-03T10:00", "--channel", "email",
                "--summary", "s", "--due", "soon"), "--due \"soon\"");
        assertRejected(cli.run("case", "add", "--provider", "x"), "--title");
        assertRejected(cli.run("frobnicate"), "frobnicate");

        String after = cli.ok("verify", "--json") + cli.ok("timeline", "--case", c, "--json");
        assertThat(after).isEqualTo(before);
        assertThat(JSON.readTree(cli.ok("case", "list", "--json"))).hasSize(1);
    }

    private static void assertRejected(CliHarness.Result r, String mentions) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(mentions);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aSecondWriterIsToldTheVaultIsInUseWhileReadersCarryOn() {
        long id = newCase("锁");
        try (Vault held = Vault.open(cli.vault(), Vault.Access.WRITE, Clock.systemUTC())) {
            CliHarness.Result r = cli.run("case", "add", "--title", "t", "--provider", "p");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("The vault " + cli.vault()
                    + " is in use by another CaseVault process; "
                    + "close it and try again.");
            assertThat(cli.ok("case", "show", String.valueOf(id))).contains("锁");
        }
        assertThat(cli.run("case", "list", "--json").out()).contains("\"锁\"");
    }

    @Test
    void commandsOnAMissingVaultSayHowToCreateOne() {
        CliHarness none = new CliHarness(tmp.resolve("nowhere"));
        CliHarness.Result r = none.run("case", "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("There is no CaseVault vault at").contains("init");
        assertThat(tmp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void trashedCasesAreHiddenAndCanBeRestored() throws Exception {
        long id = newCase("回收站");
        cli.ok("case", "trash", String.valueOf(id));
        assertThat(JSON.readTree(cli.ok("case", "list", "--json"))).isEmpty();
        assertRejected(cli.run("tx", "add", "--case", String.valueOf(id), "--at", "2026-11-03T10:00", "--amount", "1"),
                "in the trash");
        cli.ok("case", "restore", String.valueOf(id));
        assertThat(JSON.readTree(cli.ok("case", "list", "--json"))).hasSize(1);
    }

    @Test
    void statusChangesAreRecordedOnTheTimeline() throws Exception {
        long id = newCase("状态");
        CliHarness later = new CliHarness(cli.vault(), Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"),
                CliHarness.ZONE));
        assertThat(later.ok("case", "status", String.valueOf(id), "submitted", "--note", "工单 88231"))
                .contains("submitted");
        JsonNode events = JSON.readTree(cli.ok("timeline", "--case", String.valueOf(id), "--json"));
        assertThat(events.toString()).contains("DRAFT → SUBMITTED: 工单 88231");
    }

    @Test
    void versionAndHelpDescribeTheTool() {
        assertThat(cli.ok("--version")).startsWith("CaseVault 0.").doesNotContain("${");
        String help = cli.ok("--help");
        assertThat(help).contains("init", "case", "tx", "evidence", "followup", "timeline", "verify", "--vault");
    }
}
