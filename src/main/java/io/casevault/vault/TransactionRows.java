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
        Instant at = Instant.ofEpochMilli(rs.getLong(3)); // NOT NULL, as created_ms: no null test
        ZoneId zone = zones.computeIfAbsent(Rows.text(rs, 4), ZoneId::of);
        BigDecimal amount = new BigDecimal(Rows.text(rs, 5));
        Currency currency = currencies.computeIfAbsent(Rows.text(rs, 6), Currency::getInstance);
        Direction direction = Direction.valueOf(Rows.text(rs, 7));
        String counterparty = Rows.text(rs, 8);
        String txRef = Rows.text(rs, 9);
        String merchantOrderRef = Rows.text(rs, 10);
        String method = Rows.text(rs, 11);
        String status = Rows.text(rs, 12);
        String note = Rows.text(rs, 13);
        boolean manual = TransactionSource.Kind.valueOf(Rows.text(rs, 14)) == TransactionSource.Kind.MANUAL;
        TransactionSource source = manual ? TransactionSource.MANUAL
                : TransactionSource.imported(Rows.text(rs, 15), rs.getInt(16));
        return new Transaction(id, caseId, at, zone, new Money(amount, currency), direction, counterparty, txRef,
                merchantOrderRef, method, status, note, source, Instant.ofEpochMilli(rs.getLong(17)),
                Rows.instant(rs, 18));
    }
}
