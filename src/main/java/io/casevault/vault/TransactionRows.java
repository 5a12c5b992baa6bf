package io.casevault.vault;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads transactions from rows of {@link #COLUMNS}, by position. One reader serves one query: a case's rows repeat a
 * few zones and currencies, which it looks up once each instead of once a row (listing 10,000 transactions in a
 * fresh process spent much of its time in the JDBC driver's name lookups and in resolving the same zone again).
 */
final class TransactionRows implements RowMapper<Transaction> {
    /** The columns read, in the order {@link #map} reads them. */
    static final String COLUMNS = "id, case_id, at_ms, zone, amount, currency, direction, counterparty, tx_ref,"
            + " merchant_order_ref, method, status, note, source_kind, source_sha256, source_row, created_ms,"
            + " trashed_ms";

    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, Currency> currencies = new HashMap<>();

    @Override
    public Transaction map(ResultSet rs, StatementContext ctx) throws SQLException {
        long id = rs.getLong(1);
        long caseId = rs.getLong(2);
        Instant at = instant(rs, 3);
        ZoneId zone = zones.computeIfAbsent(rs.getString(4), ZoneId::of);
        BigDecimal amount = new BigDecimal(rs.getString(5));
        Currency currency = currencies.computeIfAbsent(rs.getString(6), Currency::getInstance);
        Direction direction = Direction.valueOf(rs.getString(7));
        String counterparty = rs.getString(8);
        String txRef = rs.getString(9);
        String merchantOrderRef = rs.getString(10);
        String method = rs.getString(11);
        String status = rs.getString(12);
        String note = rs.getString(13);
        boolean manual = TransactionSource.Kind.valueOf(rs.getString(14)) == TransactionSource.Kind.MANUAL;
        TransactionSource source = manual ? TransactionSource.MANUAL
                : TransactionSource.imported(rs.getString(15), rs.getInt(16));
        return new Transaction(id, caseId, at, zone, new Money(amount, currency), direction, counterparty, txRef,
                merchantOrderRef, method, status, note, source, instant(rs, 17), instant(rs, 18));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
