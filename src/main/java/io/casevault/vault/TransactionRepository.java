package io.casevault.vault;

import io.casevault.domain.Direction;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code transactions} table. */
public final class TransactionRepository implements TrashableRows<Transaction> {
    /** The columns {@link #countMatchesByCase} looks in, as indexed by migration V9. */
    private static final List<String> SEARCHED = List.of("counterparty", "tx_ref", "merchant_order_ref", "method",
            "note", "amount");

    public long insert(Db h, NewTransaction t, Instant now) {
        return h.createUpdate("""
                        INSERT INTO transactions (case_id, at_ms, zone, amount, currency, direction, counterparty,
                            tx_ref, merchant_order_ref, method, status, note, source_kind, source_sha256, source_row,
                            created_ms)
                        VALUES (:caseId, :at, :zone, :amount, :currency, :direction, :counterparty, :txRef,
                            :merchantOrderRef, :method, :status, :note, :sourceKind, :sourceSha, :sourceRow,
                            :created)""")
                .bind("caseId", t.caseId()).bind("at", t.at().toEpochMilli()).bind("zone", t.zone().getId())
                .bind("amount", t.money().amount().toPlainString())
                .bind("currency", t.money().currency().getCurrencyCode()).bind("direction", t.direction().name())
                .bind("counterparty", t.counterparty()).bind("txRef", t.txRef())
                .bind("merchantOrderRef", t.merchantOrderRef()).bind("method", t.method()).bind("status", t.status())
                .bind("note", t.note()).bind("sourceKind", t.source().kind().name())
                .bind("sourceSha", t.source().fileSha256()).bind("sourceRow", t.source().row())
                .bind("created", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Rewrites the editable fields; the source (manual or imported row) and the case never change. */
    public void update(Db h, long id, NewTransaction t) {
        h.createUpdate("""
                        UPDATE transactions SET at_ms = :at, zone = :zone, amount = :amount, currency = :currency,
                            direction = :direction, counterparty = :counterparty, tx_ref = :txRef,
                            merchant_order_ref = :merchantOrderRef, method = :method, status = :status, note = :note
                        WHERE id = :id""")
                .bind("id", id).bind("at", t.at().toEpochMilli()).bind("zone", t.zone().getId())
                .bind("amount", t.money().amount().toPlainString())
                .bind("currency", t.money().currency().getCurrencyCode()).bind("direction", t.direction().name())
                .bind("counterparty", t.counterparty()).bind("txRef", t.txRef())
                .bind("merchantOrderRef", t.merchantOrderRef()).bind("method", t.method()).bind("status", t.status())
                .bind("note", t.note()).execute();
    }

    @Override
    public Optional<Transaction> find(Db h, long id) {
        return h.createQuery("SELECT " + TransactionRows.COLUMNS + " FROM transactions WHERE id = :id").bind("id", id)
                .map(new TransactionRows()).findOne();
    }

    /**
     * The case's transactions (or those in its trash) in time order, unmodifiable; read again only when the vault was
     * written since the last such read (the tabs of a large case each ask for them).
     */
    public List<Transaction> listByCase(Db h, long caseId, boolean trashed) {
        return h.unchanged(new CaseRows(caseId, trashed), () -> List.copyOf(h.createQuery(
                        "SELECT " + TransactionRows.COLUMNS + " FROM transactions WHERE case_id = :c"
                                + " AND (trashed_ms IS NOT NULL) = :trashed ORDER BY at_ms, id")
                .bind("c", caseId).bind("trashed", trashed).map(new TransactionRows()).list()));
    }

    /** What {@link #listByCase} keeps its rows under. */
    private record CaseRows(long caseId, boolean trashed) {
    }

    /**
     * The searched fields of every live transaction of a live case, for a search in memory ({@link SearchTexts}):
     * the transactions {@link #countMatchesByCase} could find, each field a part.
     */
    public SearchTexts searchTexts(Db h) {
        SearchTexts.Builder texts = new SearchTexts.Builder();
        h.createQuery("SELECT t.case_id, " + SEARCHED.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
                        + " FROM transactions t JOIN cases c ON c.id = t.case_id"
                        + " WHERE t.trashed_ms IS NULL AND c.trashed_ms IS NULL ORDER BY t.case_id, t.id")
                .scanResultSet((supplier, ctx) -> {
                    java.sql.ResultSet rs = supplier.get();
                    String[] fields = new String[SEARCHED.size()];
                    List<String> parts = java.util.Arrays.asList(fields);
                    while (rs.next()) {
                        for (int f = 0; f < fields.length; f++) {
                            fields[f] = rs.getString(f + 2);
                        }
                        texts.add(rs.getLong(1), parts);
                    }
                    return null;
                });
        return texts.build();
    }

    /**
     * How many live transactions of each live case match every word of {@code text} (in counterparty, references,
     * method, note or amount, ignoring case). Words of three or more characters go through the trigram index, two CJK
     * characters through the pair index; other short words filter what those found, or scan the table when there is
     * no longer word. The indexes hold live transactions only, keyed by case (migration V10), so a broad word costs
     * no row lookup.
     */
    public Map<Long, Integer> countMatchesByCase(Db h, String text) {
        SearchWords words = SearchWords.of(text);
        if (words.isEmpty()) {
            return Map.of();
        }
        List<String> keys = new ArrayList<>();
        if (!words.trigram().isEmpty()) {
            keys.add("SELECT rowid AS k FROM transaction_search WHERE transaction_search MATCH :match");
        }
        for (int i = 0; i < words.paired().size(); i++) {
            keys.add("SELECT tx_key AS k FROM transaction_search_bigrams WHERE gram = :p" + i);
        }
        String sql;
        if (words.scanned().isEmpty()) {
            sql = String.join(" INTERSECT ", keys);
        } else {
            StringBuilder scan = new StringBuilder(keys.isEmpty()
                    ? "SELECT (t.case_id << 32) + t.id AS k FROM transactions t WHERE t.trashed_ms IS NULL"
                    : "SELECT m.k FROM (" + String.join(" INTERSECT ", keys) + ") m"
                            + " JOIN transactions t ON t.id = m.k & 4294967295 WHERE 1");
            for (int i = 0; i < words.scanned().size(); i++) {
                String p = ":w" + i;
                scan.append(" AND (").append(SEARCHED.stream().map(c -> "t." + c + " LIKE " + p + " ESCAPE '!'")
                        .collect(Collectors.joining(" OR "))).append(')');
            }
            sql = scan.toString();
        }
        // the case of every match as one string: SQLite's GROUP BY would sort tens of thousands of keys first
        var query = h.createQuery("SELECT group_concat(k >> 32) FROM (" + sql + ")");
        if (!words.trigram().isEmpty()) {
            query.bind("match", words.match());
        }
        for (int i = 0; i < words.paired().size(); i++) {
            query.bind("p" + i, words.paired().get(i));
        }
        for (int i = 0; i < words.scanned().size(); i++) {
            query.bind("w" + i, SearchWords.likeAnywhere(words.scanned().get(i)));
        }
        Map<Long, Integer> counts = SearchWords.countEach(query.mapTo(String.class).findOne().orElse(null));
        if (!counts.isEmpty()) {
            counts.keySet().removeAll(h.createQuery("SELECT id FROM cases WHERE trashed_ms IS NOT NULL")
                    .mapTo(Long.class).list());
        }
        return counts;
    }

    /** The sum of the case's live outgoing transactions in {@code currency}; zero when there are none. */
    public BigDecimal outgoingTotal(Db h, long caseId, Currency currency) {
        BigDecimal total = BigDecimal.ZERO;
        for (String amount : h.createQuery("SELECT amount FROM transactions WHERE case_id = :c AND trashed_ms IS NULL"
                        + " AND direction = :out AND currency = :currency")
                .bind("c", caseId).bind("out", Direction.OUT.name()).bind("currency", currency.getCurrencyCode())
                .mapTo(String.class).list()) {
            total = total.add(new BigDecimal(amount));
        }
        return total;
    }

    public int count(Db h, long caseId) {
        return h.createQuery("SELECT count(*) FROM transactions WHERE case_id = :c AND trashed_ms IS NULL")
                .bind("c", caseId).mapTo(Integer.class).one();
    }

    @Override
    public void setTrashed(Db h, long id, Instant at) {
        h.execute("UPDATE transactions SET trashed_ms = ? WHERE id = ?", Rows.millis(at), id);
    }
}
