package io.casevault.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {

    @Test
    void latestMatchesTheHighestMigrationFile() throws Exception {
        Path folder = Path.of(Schema.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertThat(Schema.LATEST).isEqualTo(highest);
        }
    }

    @Test
    void aNewDatabaseIsNotCurrentAndAMigratedOneIs(@TempDir Path tmp) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + tmp.resolve("empty.db"));
        assertThat(Schema.state(ds).state()).isEqualTo(Schema.State.BEHIND);
        try (Vault v = Vault.create(tmp.resolve("v"), Clock.systemUTC())) {
            SQLiteDataSource migrated = new SQLiteDataSource();
            migrated.setUrl("jdbc:sqlite:" + v.dir().resolve(Vault.DB_FILE));
            assertThat(Schema.state(migrated).state()).isEqualTo(Schema.State.CURRENT);
        }
    }

    @Test
    void aVaultWrittenByANewerCaseVaultIsRefusedInOneSentenceAndLeftAsItWas(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("v");
        Vault.create(dir, Clock.systemUTC()).close();
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(Vault.DB_FILE));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) SELECT max(installed_rank) + 1, '"
                    + (Schema.LATEST + 1) + "', 'from the future', 'SQL', 'V" + (Schema.LATEST + 1)
                    + "__future.sql', 0, '', CURRENT_TIMESTAMP, 0, 1 FROM flyway_schema_history");
            s.executeUpdate("CREATE TABLE future_things (id INTEGER PRIMARY KEY)");
        }
        assertThat(Schema.state(ds)).isEqualTo(new Schema.Found(Schema.State.NEWER, Schema.LATEST + 1));
        byte[] before = Files.readAllBytes(dir.resolve(Vault.DB_FILE));

        for (Vault.Access access : Vault.Access.values()) {
            assertThatThrownBy(() -> Vault.open(dir, access, Clock.systemUTC()).close())
                    .isInstanceOf(VaultTooNewException.class)
                    .hasMessage("The vault " + dir + " was written by a newer CaseVault (its database is version "
                            + (Schema.LATEST + 1) + ", this CaseVault knows up to " + Schema.LATEST
                            + "); open it with that version or a later one.");
        }
        assertThat(Files.readAllBytes(dir.resolve(Vault.DB_FILE))).isEqualTo(before);
    }
}
