package io.casevault.vault;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk inserts' batch stores what Jdbi's binding by name stored, and fails as a Jdbi statement does. */
class RowBatchTest {
    private Handle handle;

    @BeforeEach
    void table() {
        handle = Jdbi.create("jdbc:sqlite::memory:").open();
        // columns without a type: what is stored is what was bound, not converted to the column's type
        handle.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name NOT NULL, size, width)");
    }

    @AfterEach
    void close() {
        handle.close();
    }

    @Test
    void storesEachRowsValuesAsJdbiWouldInTheOrderAdded() {
        try (RowBatch batch = new RowBatch(handle.getConnection(),
                "INSERT INTO t (id, name, size, width) VALUES (?, ?, ?, ?)")) {
            batch.row(1L, "截图.png", 5_000_000_000L, 1080).row(2L, "b", null, null);
            batch.execute();
        }
        handle.prepareBatch("INSERT INTO t (id, name, size, width) VALUES (:id, :name, :size, :width)")
                .bind("id", 3L).bind("name", "截图.png").bind("size", 5_000_000_000L).bind("width", 1080).add()
                .bind("id", 4L).bind("name", "b").bind("size", (Long) null).bind("width", (Integer) null).add()
                .execute();

        List<Map<String, Object>> rows = handle.createQuery("SELECT name, size, width, typeof(name) AS nt, "
                + "typeof(size) AS st, typeof(width) AS wt FROM t ORDER BY id").mapToMap().list();
        assertThat(rows.get(0)).isEqualTo(rows.get(2)).containsEntry("size", 5_000_000_000L)
                .containsEntry("nt", "text").containsEntry("st", "integer").containsEntry("wt", "integer");
        assertThat(rows.get(1)).isEqualTo(rows.get(3)).containsEntry("st", "null").containsEntry("wt", "null");
    }

    @Test
    void aRowTheDatabaseRefusesFailsAsAJdbiStatementWithSqlitesWords() {
        try (RowBatch batch = new RowBatch(handle.getConnection(), "INSERT INTO t (id, name) VALUES (?, ?)")) {
            batch.row(1L, "a").row(1L, "again");
            assertThatThrownBy(batch::execute).isInstanceOf(UnableToExecuteStatementException.class)
                    .hasMessageContaining("SQLITE_CONSTRAINT");
        }
    }

    @Test
    void aValueOfAnotherTypeIsRefusedBeforeAnythingIsAdded() {
        try (RowBatch batch = new RowBatch(handle.getConnection(), "INSERT INTO t (id, name) VALUES (?, ?)")) {
            assertThatThrownBy(() -> batch.row(1L, java.time.Instant.EPOCH))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
        }
    }
}
