package io.casevault.vault;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One statement run for many rows with JDBC's own batch, its values bound by position: the bulk inserts of a large
 * import (thousands of rows per commit), where binding each value by name through Jdbi's argument factories cost
 * more processor time than SQLite's work. Values are bound as Jdbi binds them ({@code null}, {@code String},
 * {@code Long}, {@code Integer}); a failure is Jdbi's {@link UnableToExecuteStatementException}, as from any other
 * statement of the transaction, with SQLite's message.
 */
final class RowBatch implements AutoCloseable {
    private final PreparedStatement statement;

    RowBatch(Connection connection, String sql) {
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Adds a row: {@code values} in the order of the statement's parameters. */
    RowBatch row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, values[i]);
            }
            statement.addBatch();
            return this;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void bind(int position, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.NULL);
        } else if (value instanceof String s) {
            statement.setString(position, s);
        } else if (value instanceof Long l) {
            statement.setLong(position, l);
        } else if (value instanceof Integer n) {
            statement.setInt(position, n);
        } else {
            throw new IllegalArgumentException("A row's value must be a String, Long, Integer or null, not "
                    + value.getClass().getName());
        }
    }

    /** Runs every row added. */
    void execute() {
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static UnableToExecuteStatementException failed(SQLException e) {
        return new UnableToExecuteStatementException(e.getMessage(), e, null);
    }
}
