package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.app.TestMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mail import} end to end: counts, JSON, own addresses, skipped re-imports, refused files, verify. */
class MailImportCliTest {
    static final String ME = "Zhang San <zs@home.example>";
    static final String THEM = "Wallet Support <support@wallet.example>";

    @TempDir
    Path tmp;
    CliHarness cli;
    Path mbox;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        cli.ok("case", "add", "--title", "退款", "--provider", "Wallet");
        String complaint = TestMails.from(ME, THEM, "Refund not received", "Mon, 4 Nov 2024 10:00:00 +0800",
                "c1@home.example").body("My refund has not arrived.").text();
        String answer = TestMails.from(THEM, ME, "Re: Refund not received", "Tue, 5 Nov 2024 10:00:00 +0800",
                "a1@wallet.example").replyTo("c1@home.example").body("Case #4471 opened.")
                .attach("receipt.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .text();
        mbox = Files.write(tmp.resolve("refund.mbox"), TestMails.mbox(complaint, answer));
    }

    @Test
    void jsonCountsTheImportAndASecondRunSkipsEverything() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(cli.ok("mail", "import", "--case", "1", "--me", "zs@home.example", "--json",
                mbox.toString()));
        assertThat(first.get("imported").asInt()).isEqualTo(2);
        assertThat(first.get("skipped").asInt()).isZero();
        assertThat(first.get("attachments").asInt()).isEqualTo(1);
        assertThat(first.get("followUps")).hasSize(2);

        JsonNode second = json.readTree(cli.ok("mail", "import", "--case", "1", "--json", mbox.toString()));
        assertThat(second.get("imported").asInt()).isZero();
        assertThat(second.get("skipped").asInt()).isEqualTo(2);
        assertThat(second.get("followUps")).isEmpty();

        String timeline = cli.ok("timeline", "--case", "1");
        assertThat(timeline).contains("Refund not received", "4471");
        assertThat(cli.run("verify").code()).isZero();
    }

    @Test
    void theDossierOfACaseWithImportedMailIsWritten() throws Exception {
        cli.ok("mail", "import", "--case", "1", "--me", "zs@home.example", mbox.toString());
        Path pdf = tmp.resolve("dossier.pdf");

        cli.ok("export", "--case", "1", "--out", pdf.toString(), "--lang", "en");

        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void plainOutputSaysWhatWasImported() {
        assertThat(cli.ok("mail", "import", "--case", "1", "--me", "zs@home.example", mbox.toString()))
                .isEqualTo("Imported 2 messages as follow-ups with 1 attachment; skipped 0 already in the case.");
    }

    @Test
    void aFileThatIsNotMailIsOneSentenceOnStderrAndExitsTwo() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "eggs\nmilk\n");

        CliHarness.Result r = cli.run("mail", "import", "--case", "1", notes.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("'notes.txt' is not an e-mail").doesNotContain("\n", "Exception");
        assertThat(cli.ok("case", "show", "1", "--json")).doesNotContain("Refund");
    }

    @Test
    void aMissingFileIsNamedAndTheOthersStillImport() {
        Path missing = tmp.resolve("gone.eml");

        CliHarness.Result r = cli.run("mail", "import", "--case", "1", missing.toString(), mbox.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("'" + missing + "' does not exist.");
        assertThat(r.out()).startsWith("Imported 2 messages");
    }

    @Test
    void aMalformedOwnAddressIsRejectedWithExitTwo() {
        CliHarness.Result r = cli.run("mail", "import", "--case", "1", "--me", "nobody", mbox.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("'nobody' is not an e-mail address.");
    }
}
