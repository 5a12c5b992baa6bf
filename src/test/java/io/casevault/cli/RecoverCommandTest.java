package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import io.casevault.VaultDamage;
import io.casevault.VaultDamage.Damage;
import io.casevault.domain.Hashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recover}: a damaged vault is rebuilt into a new one that verifies, and nothing readable is left behind. */
class RecoverCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path vault;
    final Set<String> originals = new HashSet<>();

    @BeforeEach
    void realVault() throws Exception {
        vault = tmp.resolve("vault");
        CliHarness cli = new CliHarness(vault);
        cli.ok("init");
        for (int c = 0; c < 3; c++) {
            String id = cli.ok("case", "add", "--title", "案件 " + c, "--provider", "支付宝");
            cli.ok("tx", "add", "--case", id, "--at", "2026-11-03T14:30+08:00", "--amount", "12" + c + ".00");
            cli.ok("followup", "add", "--case", id, "--at", "2026-11-05T10:00", "--channel", "hotline",
                    "--summary", "客服说三天内回复 " + c);
            for (int e = 0; e < 2; e++) {
                Path png = TestFiles.png(tmp.resolve("shot" + c + e + ".png"), 32, 32, c * 10 + e);
                originals.add(Hashes.hex(Hashes.sha256().digest(Files.readAllBytes(png))));
                cli.ok("evidence", "add", "--case", id, png.toString());
            }
        }
        assertThat(cli.run("verify").code()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aVaultDamagedAtOnePageIsRebuiltWithEveryOriginalAndTheNewVaultVerifies(Damage damage) throws Exception {
        Path damaged = VaultDamage.damagedCopy(vault, tmp.resolve("damaged"), damage);
        CliHarness cli = new CliHarness(damaged);
        assertThat(cli.run("verify").out()).contains("[database-damaged]");
        Map<String, String> before = contents(damaged);

        Path out = tmp.resolve("recovered");
        CliHarness.Result r = cli.run("recover", "--out", out.toString(), "--json");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("verify").get("ok").asBoolean()).as(r.out()).isTrue();
        assertThat(json.get("originals").asInt()).isEqualTo(6);
        assertThat(contents(damaged)).as("the damaged files are unchanged").containsExactlyInAnyOrderEntriesOf(before);

        CliHarness recovered = new CliHarness(out);
        assertThat(recovered.run("verify").code()).isZero();
        assertThat(hashesInEvidenceRows(out)).containsExactlyInAnyOrderElementsOf(originals);
        String list = recovered.ok("case", "list");
        if (damage == Damage.TABLE_PAGE) { // the cases' own page is lost: their records stay, under placeholders
            assertThat(json.get("placeholderCases").asInt()).isEqualTo(3);
            assertThat(list).contains("(recovered)");
        } else {
            assertThat(list).contains("案件 0", "案件 1", "案件 2");
            assertThat(json.get("rows").get("transactions").asInt()).isEqualTo(3);
            assertThat(json.get("rows").get("followups").asInt()).isEqualTo(3);
            assertThat(json.get("rows").get("evidence").asInt()).isEqualTo(6);
        }
        assertThat(json.get("method").asText()).isEqualTo(damage == Damage.SCHEMA_PAGE ? "pages" : "sqlite");
    }

    @Test
    void originalsNoReadableRowDescribesLandInTheRecoveredFilesCase() throws Exception {
        Path damaged = VaultDamage.damagedCopy(vault, tmp.resolve("damaged"), Damage.INDEX_PAGE);
        byte[] stray = Files.readAllBytes(TestFiles.png(tmp.resolve("stray.png"), 20, 20, 99));
        String sha = Hashes.hex(Hashes.sha256().digest(stray));
        Path blob = damaged.resolve("blobs/sha256/" + sha.substring(0, 2) + "/" + sha);
        Files.createDirectories(blob.getParent());
        Files.write(blob, stray);

        Path out = tmp.resolve("recovered");
        JsonNode json = JSON.readTree(new CliHarness(damaged).run("recover", "--out", out.toString(), "--json").out());
        assertThat(json.get("recoveredFiles").get("sha256")).extracting(JsonNode::asText).containsExactly(sha);
        long caseId = json.get("recoveredFiles").get("caseId").asLong();
        CliHarness recovered = new CliHarness(out);
        JsonNode shown = JSON.readTree(recovered.ok("case", "show", String.valueOf(caseId), "--json"));
        assertThat(shown.get("title").asText()).isEqualTo("Recovered files / 找回的文件");
        assertThat(shown.get("evidence").asInt()).isEqualTo(1);
        assertThat(recovered.run("verify").code()).isZero();
    }

    @Test
    void aDamagedOriginalIsReportedAndNotImported() throws Exception {
        Path damaged = VaultDamage.damagedCopy(vault, tmp.resolve("damaged"), Damage.INDEX_PAGE);
        String victim = originals.iterator().next();
        VaultDamage.flip(damaged.resolve("blobs/sha256/" + victim.substring(0, 2) + "/" + victim), 40, 1);

        Path out = tmp.resolve("recovered");
        CliHarness.Result r = new CliHarness(damaged).run("recover", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("damaged original: blobs/sha256/" + victim.substring(0, 2) + "/" + victim)
                .contains("its original is damaged").contains("The new vault verifies");
        assertThat(out.resolve("blobs/sha256/" + victim.substring(0, 2) + "/" + victim)).doesNotExist();
        Set<String> expected = new HashSet<>(originals);
        expected.remove(victim);
        assertThat(hashesInEvidenceRows(out)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBrokenAuditChainIsReportedAndTheNewVaultStillVerifies() throws Exception {
        Path copy = tmp.resolve("edited");
        VaultDamage.copyVault(vault, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve("casevault.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET detail = '{}' WHERE seq = 2");
        }
        Path out = tmp.resolve("recovered");
        JsonNode json = JSON.readTree(new CliHarness(copy).run("recover", "--out", out.toString(), "--json").out());
        assertThat(json.get("auditChainBreaks")).extracting(JsonNode::asText)
                .containsExactly("audit entry 2 does not match its hash (it was changed)");
        assertThat(json.get("complete").asBoolean()).isFalse();
        assertThat(new CliHarness(out).run("verify").code()).isZero();
    }

    @Test
    void whenTheRecoveryLostRecordsAnOlderBackupIsOfferedAsMoreComplete() throws Exception {
        Path backup = tmp.resolve("backup.cvbackup");
        new CliHarness(vault).ok("backup", "--out", backup.toString());
        Path damaged = VaultDamage.damagedCopy(vault, tmp.resolve("damaged"), Damage.TABLE_PAGE);

        CliHarness.Result r = new CliHarness(damaged).run("recover", "--out", tmp.resolve("recovered").toString());
        assertThat(r.out()).contains("restoring it would be more complete").contains("casevault restore " + backup);

        Path undamaged = tmp.resolve("copy");
        VaultDamage.copyVault(vault, undamaged);
        JsonNode json = JSON.readTree(new CliHarness(undamaged).run("recover", "--out",
                tmp.resolve("recovered2").toString(), "--json").out());
        assertThat(json.get("backup").get("exists").asBoolean()).isTrue();
        assertThat(json.get("backup").get("moreComplete").asBoolean()).isFalse();
    }

    @Test
    void aVaultThatLostItsDatabaseNamesRecoverAndEveryOriginalLandsInTheRecoveredFilesCase() throws Exception {
        Path copy = tmp.resolve("no-db");
        VaultDamage.copyVault(vault, copy);
        Files.delete(copy.resolve("casevault.db"));
        CliHarness cli = new CliHarness(copy);
        CliHarness.Result verify = cli.run("verify");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.err()).contains("has lost its database").contains("recover --out");

        Path out = tmp.resolve("recovered");
        JsonNode json = JSON.readTree(cli.run("recover", "--out", out.toString(), "--json").out());
        assertThat(json.get("recoveredFiles").get("sha256")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(originals);
        assertThat(hashesInEvidenceRows(out)).containsExactlyInAnyOrderElementsOf(originals);
        assertThat(new CliHarness(out).run("verify").code()).isZero();
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedInOneSentence() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("note.txt"), "mine");
        CliHarness.Result r = new CliHarness(vault).run("recover", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).contains("must be missing or empty").doesNotContain("\n");
        assertThat(out.resolve("casevault.db")).doesNotExist();
    }

    private static Set<String> hashesInEvidenceRows(Path dir) throws Exception {
        Set<String> hashes = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("casevault.db"));
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT sha256 FROM evidence")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }

    private static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                if (!List.of("vault.lock").contains(f.getFileName().toString())) {
                    files.put(dir.relativize(f).toString(), Hashes.hex(Hashes.sha256().digest(Files.readAllBytes(f))));
                }
            }
        }
        return files;
    }
}
