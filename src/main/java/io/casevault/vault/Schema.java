package io.casevault.vault;

import org.sqlite.SQLiteDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The schema version this build expects: the highest {@code V<n>__*.sql} under {@code db/migration}. */
final class Schema {
    /** Raise with every new migration; SchemaTest fails when this and the migration folder disagree. */
    static final int LATEST = 10;

    private Schema() {
    }

    /** Whether every migration up to {@link #LATEST} has been applied successfully. */
    static boolean isCurrent(SQLiteDataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(CAST(version AS INTEGER)), 0), "
                     + "coalesce(min(success), 1) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            // not the count of rows: migration numbers may have gaps while branches that each add one are merged
            return rs.next() && rs.getInt(2) == LATEST && rs.getInt(3) == 1;
        } catch (SQLException e) {
            return false; // no history table yet: a new vault
        }
    }
}
