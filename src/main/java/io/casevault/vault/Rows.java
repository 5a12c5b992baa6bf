package io.casevault.vault;

import org.jdbi.v3.core.statement.SqlStatement;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Column readers shared by the row mappers (epoch-millisecond instants, ISO dates and nullable numbers), and the
 * binding of a row's values by position.
 */
final class Rows {
    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /**
     * A text column by position, as {@link ResultSet#getString(int)} gives it, for the mappers that read many rows:
     * the SQLite driver hands a column's text over as a direct buffer made for each call, and its bytes as an array,
     * which costs less. Listing a case's 10,000 transactions in a fresh JVM with the launcher's options took 239-372 ms
     * (median 322) with the driver's strings and 196-269 ms (median 243) with its bytes (by hand, eight runs each).
     */
    static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /**
     * Binds {@code values} to the statement's parameters in order: one row of an insert whose values a bulk insert
     * gives its {@link RowBatch} alike.
     */
    static <S extends SqlStatement<S>> S bindAll(S statement, Object... values) {
        for (int i = 0; i < values.length; i++) {
            statement.bind(i, values[i]);
        }
        return statement;
    }
}
