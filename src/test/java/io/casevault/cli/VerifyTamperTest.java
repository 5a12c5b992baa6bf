package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyTamperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    CliHarness cli;
    String sha;

    @BeforeEach
    void vaultWithOneExhibit() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        String id = cli.ok("case", "add", "--title", "篡改检测", "--provider", "PayPal");
        Path shot = TestFiles.png(tmp.resolve("shot.png"), 64, 64, 7);
        sha = JSON.readTree(cli.ok("evidence", "add", "--case", id, shot.toString(), "--json")).get(0).get("sha256")
                .asText();
        assertThat(cli.run("verify").code()).isZero();
    }

    private Path blob() {
        return cli.vault().resolve("blobs/sha256/" + sha.substring(0, 2) + "/" + sha);
    }

    @Test
    void oneChangedByteInAnOriginalFailsVerifyNamingIt() throws Exception {
        blob().toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(blob().toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x01);
        }
        CliHarness.Result r = cli.run("verify");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[changed-blob]").contains("E-1").contains("shot.png").contains(sha);

        JsonNode json = JSON.readTree(cli.run("verify", "--json").out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("problems").get(0).get("kind").asText()).isEqualTo("changed-blob");
        assertThat(blob()).exists(); // reported, never deleted
    }

    @Test
    void missingOriginalIsReported() throws Exception {
        Files.delete(blob());
        CliHarness.Result r = cli.run("verify", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("missing-blob").contains("E-1");
    }

    @Test
    void originalsNoRowUsesAndStrayStagingFilesAreReported() throws Exception {
        String orphan = "ab".repeat(32);
        Path dir = Files.createDirectories(cli.vault().resolve("blobs/sha256/ab"));
        Files.writeString(dir.resolve(orphan), "orphan");
        Files.writeString(cli.vault().resolve("blobs/tmp/leftover.bin"), "half a file");
        JsonNode json = JSON.readTree(cli.run("verify", "--json").out());
        assertThat(json.get("problems").findValuesAsText("kind"))
                .containsExactlyInAnyOrder("unreferenced-blob", "staging-leftover");
        assertThat(dir.resolve(orphan)).exists();
    }

    @Test
    void anEditedAuditEntryBreaksTheChain() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.vault().resolve("casevault.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET detail = replace(detail, '篡改检测', '没事') WHERE seq = 1");
        }
        CliHarness.Result r = cli.run("verify");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[audit-chain]").contains("entry 1").contains("altered");
    }

    @Test
    void aRemovedAuditEntryBreaksTheChain() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.vault().resolve("casevault.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.execute("DELETE FROM audit_log WHERE seq = 1");
        }
        assertThat(cli.run("verify").out()).contains("[audit-chain]").contains("entry 1 is missing");
    }
}
