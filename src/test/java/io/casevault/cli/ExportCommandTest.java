package io.casevault.cli;

import io.casevault.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void exportWritesTheDossierAndPrintsPathAndPages() throws Exception {
        CliHarness cli = new CliHarness(tmp.resolve("v"));
        cli.ok("init");
        String id = cli.ok("case", "add", "--title", "微信支付扣款失败", "--provider", "WeChat Pay", "--amount", "88.00",
                "--currency", "CNY", "--demand", "退款");
        Path png = TestFiles.png(tmp.resolve("shot.png"), 120, 240, 3);
        cli.ok("evidence", "add", "--case", id, png.toString(), "--caption", "扣款短信");
        Path out = tmp.resolve("out").resolve("dossier.pdf");
        Files.createDirectories(out.getParent());

        CliHarness.Result r = cli.run("export", "--case", id, "--out", out.toString(), "--lang", "zh", "--audit-log");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(out.toString()).containsPattern("\\d+ pages");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("微信支付扣款失败", "扣款短信", "审计日志");
        }
        assertThat(Files.list(out.getParent())).containsExactly(out);
    }

    @Test
    void badOutputPathIsOneSentenceExitTwoAndNoFile() throws Exception {
        CliHarness cli = new CliHarness(tmp.resolve("v"));
        cli.ok("init");
        String id = cli.ok("case", "add", "--title", "T", "--provider", "P");
        Path out = tmp.resolve("missing").resolve("d.pdf");

        CliHarness.Result r = cli.run("export", "--case", id, "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("does not exist").doesNotContain("\n").doesNotContain("Exception");
        assertThat(out).doesNotExist();

        CliHarness.Result lang = cli.run("export", "--case", id, "--out", tmp.resolve("d.pdf").toString(), "--lang",
                "fr");
        assertThat(lang.code()).isEqualTo(2);
        assertThat(tmp.resolve("d.pdf")).doesNotExist();
        assertThat(cli.run("export", "--case", "999", "--out", tmp.resolve("d.pdf").toString()).code())
                .isEqualTo(2);
        assertThat(tmp.resolve("d.pdf")).doesNotExist();
    }
}
