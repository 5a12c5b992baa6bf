package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evidence export-originals}: the originals with their exhibit numbers and a SHA256SUMS that checks. */
class ExportOriginalsCliTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    String id;

    @BeforeEach
    void aCaseWithTwoScreenshots() throws Exception {
        cli = new CliHarness(tmp.resolve("v"));
        cli.ok("init");
        id = cli.ok("case", "add", "--title", "转账未到账", "--provider", "Alipay");
        cli.ok("evidence", "add", "--case", id, TestFiles.png(tmp.resolve("付款页面.png"), 50, 40, 1).toString(),
                TestFiles.png(tmp.resolve("chat?.png"), 50, 40, 2).toString());
    }

    @Test
    void theJsonListsEachFileAndSha256sumAcceptsTheFolder() throws Exception {
        Path out = tmp.resolve("originals");
        JsonNode done = new ObjectMapper().readTree(cli.ok("evidence", "export-originals", "--case", id, "--out",
                out.toString(), "--json"));

        assertThat(done.get("folder").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(done.get("sums").asText()).isEqualTo("SHA256SUMS");
        assertThat(done.get("files")).hasSize(2);
        JsonNode second = done.get("files").get(1);
        assertThat(second.get("exhibit").asText()).isEqualTo("E-2");
        assertThat(second.get("file").asText()).isEqualTo("E-02 chat_.png");
        List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums).containsExactly(done.get("files").get(0).get("sha256").asText() + "  E-01 付款页面.png",
                second.get("sha256").asText() + "  E-02 chat_.png");
        assertThat(io.casevault.app.OriginalsExportServiceTest.sha256sumCheck(out)).isIn(0, -1);
    }

    @Test
    void chosenExhibitsAsTextAndAFolderInUseIsRefused() throws Exception {
        Path out = tmp.resolve("one");
        String text = cli.ok("evidence", "export-originals", "--case", id, "--out", out.toString(), "E-2");

        assertThat(text).contains("E-2  ").endsWith("1 original and SHA256SUMS written to " + out.toAbsolutePath());
        CliHarness.Result again = cli.run("evidence", "export-originals", "--case", id, "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err().strip()).isEqualTo("The folder " + out + " is not empty; choose a new or empty folder "
                + "for the originals.");
        CliHarness.Result unknown = cli.run("evidence", "export-originals", "--case", id, "--out",
                tmp.resolve("x").toString(), "E-7");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("The case has no exhibit E-7.");
    }
}
