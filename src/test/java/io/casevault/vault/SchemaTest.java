package io.casevault.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Schema.isCurrent(ds)).isFalse();
        try (Vault v = Vault.create(tmp.resolve("v"), Clock.systemUTC())) {
            SQLiteDataSource migrated = new SQLiteDataSource();
            migrated.setUrl("jdbc:sqlite:" + v.dir().resolve(Vault.DB_FILE));
            assertThat(Schema.isCurrent(migrated)).isTrue();
        }
    }
}
