package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code letter}, {@code calendar} and the guidance in {@code case show}, end to end. */
class GuidanceCliTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    String id;

    @BeforeEach
    void aCaseWithACall() throws Exception {
        cli = new CliHarness(tmp.resolve("v"));
        cli.ok("init");
        id = cli.ok("case", "add", "--title", "转账未到账", "--provider", "支付宝", "--category", "funds-not-received",
                "--amount", "1250.00", "--currency", "CNY", "--incident", "2026-11-03", "--window-days", "30",
                "--description", "11月3日转账给张三，对方未收到。", "--demand", "退款 1250 元");
        cli.ok("tx", "add", "--case", id, "--at", "2026-11-03T14:30+08:00", "--amount", "1250.00", "--currency",
                "CNY", "--counterparty", "张三", "--ref", "2026110322001456789");
        cli.ok("evidence", "add", "--case", id, TestFiles.png(tmp.resolve("shot.png"), 80, 60, 2).toString(),
                "--caption", "转账记录");
        cli.ok("followup", "add", "--case", id, "--at", "2026-11-05T10:00", "--channel", "hotline", "--summary",
                "客服说三天内回复", "--ref", "88231", "--due", "2026-11-08");
    }

    @Test
    void caseShowJsonHasDeadlinesWithSourcesAndNextStepsWithReasons() throws Exception {
        JsonNode c = new ObjectMapper().readTree(cli.ok("case", "show", id, "--json"));
        JsonNode deadlines = c.get("deadlines");
        assertThat(deadlines).hasSize(3);
        JsonNode clock = deadlines.get(1);
        assertThat(clock.get("kind").asText()).isEqualTo("response");
        assertThat(clock.get("due").asText()).isEqualTo("2026-11-12");
        assertThat(clock.get("daysLeft").asLong()).isEqualTo(-13);
        assertThat(clock.get("overdue").asBoolean()).isTrue();
        assertThat(clock.get("label").asText()).isEqualTo("Answer due to the contact via the hotline (7 days)");
        assertThat(clock.get("source").asText()).contains("user agreement");
        JsonNode window = deadlines.get(2);
        assertThat(window.get("kind").asText()).isEqualTo("complaint-window");
        assertThat(window.get("due").asText()).isEqualTo("2026-12-03");
        assertThat(window.get("overdue").asBoolean()).isFalse();
        JsonNode step = c.get("nextSteps").get(0);
        assertThat(step.get("step").asText()).isEqualTo("Send a written complaint");
        assertThat(step.get("reason").asText()).contains("hotline").contains("2026-11-12");
        assertThat(cli.ok("case", "show", id)).contains("Next step:    Send a written complaint.")
                .contains("Due:          2026-11-12");
    }

    @Test
    void theTimelineListsTheResponseClockAsAnOverdueDeadline() throws Exception {
        JsonNode events = new ObjectMapper().readTree(cli.ok("timeline", "--case", id, "--json"));
        JsonNode clock = null;
        for (JsonNode e : events) {
            if (e.get("text").asText().startsWith("Answer due to the contact via the hotline")) {
                clock = e;
            }
        }
        assertThat(clock).isNotNull();
        assertThat(clock.get("kind").asText()).isEqualTo("deadline");
        assertThat(clock.get("at").asText()).isEqualTo("2026-11-12T15:59:59Z"); // end of 12 Nov in Shanghai
        assertThat(clock.get("overdue").asBoolean()).isTrue();
        assertThat(cli.ok("timeline", "--case", id)).contains("OVERDUE Answer due to the contact via the hotline");
    }

    @Test
    void letterIsWrittenAsPdfOrTextByExtension() throws Exception {
        Path pdf = tmp.resolve("letter.pdf");
        assertThat(cli.ok("letter", "--case", id, "--out", pdf.toString(), "--lang", "zh")).isEqualTo(pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("转账未到账", "E-1", "退款 1250 元", "2026-12-09");
        }
        Path txt = tmp.resolve("letter.txt");
        cli.ok("letter", "--case", id, "--out", txt.toString());
        assertThat(Files.readString(txt, StandardCharsets.UTF_8)).startsWith("Subject: Formal complaint: 转账未到账\r\n")
                .contains("E-1  转账记录 (shot.png)");
    }

    @Test
    void aLetterWithAnotherExtensionOrABadPathIsOneSentenceAndExitTwo() throws Exception {
        CliHarness.Result docx = cli.run("letter", "--case", id, "--out", tmp.resolve("l.docx").toString());
        assertThat(docx.code()).isEqualTo(2);
        assertThat(docx.err().strip()).contains("l.docx").contains(".pdf or .txt").doesNotContain("\n");
        CliHarness.Result missing = cli.run("letter", "--case", id, "--out", tmp.resolve("no/l.pdf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("does not exist").doesNotContain("\n");
        assertThat(cli.run("letter", "--case", "99", "--out", tmp.resolve("l.txt").toString()).code()).isEqualTo(2);
        assertThat(cli.run("letter", "--case", id, "--out", tmp.resolve("l.txt").toString(), "--lang", "fr")
                .code()).isEqualTo(2);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("v", "shot.png");
        }
    }

    @Test
    void calendarWritesAnIcsFileAndRefusesOtherNames() throws Exception {
        Path ics = tmp.resolve("deadlines.ics");
        cli.ok("calendar", "--case", id, "--out", ics.toString());
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20261112\r\n").contains("DTSTART;VALUE=DATE:20261203\r\n");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(4);
        CliHarness.Result wrong = cli.run("calendar", "--case", id, "--out", tmp.resolve("d.txt").toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("The calendar file " + tmp.resolve("d.txt") + " must end in .ics.");
        String empty = cli.ok("case", "add", "--title", "T", "--provider", "P");
        CliHarness.Result none = cli.run("calendar", "--case", empty, "--out", tmp.resolve("e.ics").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("has no deadlines yet");
        assertThat(tmp.resolve("e.ics")).doesNotExist();
    }
}
