package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.TestFiles;
import io.casevault.VaultDamage;
import io.casevault.VaultDamage.Damage;
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

import static org.assertj.core.api.Assertions.assertThat;

/** A database damaged at one page (or in its write-ahead log) is diagnosed by verify; no command throws. */
class DamagedDatabaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path vault;

    @BeforeEach
    void realVault() throws Exception {
        vault = tmp.resolve("vault");
        CliHarness cli = new CliHarness(vault);
        cli.ok("init");
        for (int c = 0; c < 3; c++) {
            String id = cli.ok("case", "add", "--title", "案件 " + c, "--provider", "支付宝");
            cli.ok("tx", "add", "--case", id, "--at", "2026-11-03T14:30+08:00", "--amount", "12" + c + ".00");
            cli.ok("evidence", "add", "--case", id,
                    TestFiles.png(tmp.resolve("shot" + c + ".png"), 32, 32, c).toString());
        }
        assertThat(cli.run("verify").code()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void verifyReportsTheDamageAndOtherCommandsSayItInOneSentence(Damage damage) throws Exception {
        Path copy = damagedCopy(damage);
        CliHarness cli = new CliHarness(copy);

        CliHarness.Result text = cli.run("verify");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("[database-damaged]");
        assertThat(text.err()).doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode json = JSON.readTree(cli.run("verify", "--json").out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("kind").asText()).isEqualTo("database-damaged");
        assertThat(problem.get("details").size()).isPositive();

        if (damage != Damage.INDEX_PAGE) { // a damaged index does not stop reading the case list
            CliHarness.Result list = cli.run("case", "list");
            assertThat(list.code()).isEqualTo(1);
            assertThat(list.err().strip()).contains("is damaged").contains("casevault verify")
                    .contains("blobs folder").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void anIntactWriteAheadLogIsReadAndNotReportedAsDamage() throws Exception {
        Path copy = tmp.resolve("intact-log");
        copyWithUnmergedLog(copy);
        assertThat(copy.resolve("casevault.db-wal")).isNotEmptyFile();
        CliHarness cli = new CliHarness(copy);
        assertThat(cli.run("verify").code()).isZero();
        assertThat(cli.ok("case", "list")).contains("(更新)");
    }

    @Test
    void aDamagedDatabaseThatIsBehindIsNeitherMigratedNorChanged() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vault.resolve("casevault.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = (SELECT max(CAST(version AS INTEGER)) "
                    + "FROM flyway_schema_history)"); // as if written by an older build
        }
        Path copy = damagedCopy(Damage.TABLE_PAGE);
        Path db = copy.resolve("casevault.db");
        byte[] before = Files.readAllBytes(db);

        CliHarness.Result r = new CliHarness(copy).run("case", "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is damaged");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        Path wal = copy.resolve("casevault.db-wal"); // SQLite may open an empty log beside it, never write one
        assertThat(Files.notExists(wal) || Files.size(wal) == 0).as("no write-ahead log written").isTrue();
    }

    private Path damagedCopy(Damage damage) throws Exception {
        return VaultDamage.damagedCopy(vault, tmp.resolve("damaged-" + damage), damage);
    }

    private void copyWithUnmergedLog(Path copy) throws Exception {
        VaultDamage.copyWithUnmergedLog(vault, copy);
    }
}
