package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import io.casevault.app.VaultSession;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A byte that changed inside an evidence row, where SQLite's integrity check (which checks the file's structure) sees
 * nothing: verify compares the row with the hash-chained audit entry that recorded the exhibit when it was added.
 */
class EvidenceRowChangedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    CliHarness cli;
    String sha;

    @BeforeEach
    void vaultWithTwoExhibits() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        String id = cli.ok("case", "add", "--title", "行被改", "--provider", "Alipay");
        JsonNode added = JSON.readTree(cli.ok("evidence", "add", "--case", id, "--json",
                TestFiles.png(tmp.resolve("shot.png"), 48, 48, 3).toString(),
                TestFiles.png(tmp.resolve("other.png"), 40, 40, 4).toString()));
        sha = added.get(0).get("sha256").asText();
        assertThat(cli.run("verify").code()).isZero();
    }

    @Test
    void aFlippedByteInTheFileNameOfARowIsReportedNamingTheExhibit() throws Exception {
        Path db = cli.vault().resolve("casevault.db");
        byte[] bytes = Files.readAllBytes(db);
        // the row's record holds its SHA-256 and its file name side by side; the audit entry holds them apart
        byte[] row = (sha + "shot.png").getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, row);
        assertThat(at).as("the evidence row in the database file").isNotNegative();
        bytes[at + row.length - 1] ^= 0x01; // shot.png → shot.pnf
        Files.write(db, bytes);

        CliHarness.Result r = cli.run("verify");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[evidence-row-changed]").contains("E-1 (shot.png)")
                .contains("its file name is shot.pnf, was shot.png").doesNotContain("database-damaged");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "size = size + 1                 | its size is",
            "exhibit_no = 7                  | its exhibit number is E-7, was E-1",
            "media_type = 'application/pdf'  | its media type is application/pdf, was image/png",
            "sha256 = upper(sha256)          | its SHA-256 is"})
    void aChangedFieldOfAnEvidenceRowIsReported(String change, String said) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.vault().resolve("casevault.db"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE evidence SET " + change + " WHERE sha256 = '" + sha + "'");
        }
        JsonNode json = JSON.readTree(cli.run("verify", "--json").out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        JsonNode problem = null;
        for (JsonNode p : json.get("problems")) {
            if (p.get("kind").asText().equals("evidence-row-changed")) {
                problem = p;
            }
        }
        assertThat(problem).as("an evidence-row-changed problem in %s", json).isNotNull();
        assertThat(problem.get("detail").asText()).contains("E-1 (shot.png) of case 1").contains(said);
    }

    @Test
    void aPurgedCaseAndItsExhibitsLeaveNothingToReport() {
        try (VaultSession session = VaultSession.open(cli.vault(), Vault.Access.WRITE, Clock.systemUTC())) {
            session.cases().trash(1);
            session.cases().purge(1);
        }
        assertThat(cli.run("verify").out()).doesNotContain("evidence-row-changed");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
