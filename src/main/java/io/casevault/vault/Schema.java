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

    /** How a vault's database stands against this build. */
    enum State {
        /** Every migration up to {@link #LATEST} applied successfully. */
        CURRENT,
        /** A new vault, or one a migration has still to bring up to date. */
        BEHIND,
        /** Written by a newer CaseVault: this build does not know its tables. */
        NEWER
    }

    /** What {@link #state} found: the state and the highest version applied (0 in a new vault). */
    record Found(State state, int version) {
    }

    private Schema() {
    }

    static Found state(SQLiteDataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(CAST(version AS INTEGER)), 0), "
                     + "coalesce(min(success), 1) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            // not the count of rows: migration numbers may have gaps while branches that each add one are merged
            if (!rs.next()) {
                return new Found(State.BEHIND, 0);
            }
            int version = rs.getInt(2);
            State state = version > LATEST ? State.NEWER
                    : version == LATEST && rs.getInt(3) == 1 ? State.CURRENT : State.BEHIND;
            return new Found(state, version);
        } catch (SQLException e) {
            return new Found(State.BEHIND, 0); // no history table yet: a new vault
        }
    }
}
