package io.casevault.vault;

import io.casevault.domain.AuditEntry;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The append-only, hash-chained log of everything done to the evidence and the cases. */
public final class AuditLog {
    private static final String COLUMNS = "seq, at_ms, case_id, entity, entity_id, action, detail, prev_hash, hash";

    /** Appends an event inside the caller's transaction, so it commits with the change it describes. */
    public AuditEntry append(Db h, Instant at, Long caseId, String entity, Long entityId, String action,
                             String detail) {
        Instant when = Instant.ofEpochMilli(at.toEpochMilli());
        var last = h.createQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne();
        long seq = last.map(r -> (Long) r[0] + 1).orElse(1L);
        String prev = last.map(r -> (String) r[1]).orElse(AuditEntry.GENESIS);
        String hash = AuditEntry.hashOf(seq, when, caseId, entity, entityId, action, detail, prev);
        h.createUpdate("INSERT INTO audit_log (" + COLUMNS + ") VALUES (:seq, :at, :caseId, :entity, :entityId,"
                        + " :action, :detail, :prev, :hash)")
                .bind("seq", seq).bind("at", when.toEpochMilli()).bind("caseId", caseId).bind("entity", entity)
                .bind("entityId", entityId).bind("action", action).bind("detail", detail).bind("prev", prev)
                .bind("hash", hash).execute();
        return new AuditEntry(seq, when, caseId, entity, entityId, action, detail, prev, hash);
    }

    /** An event to append with {@link #appendAll}. */
    public record Event(Instant at, Long caseId, String entity, Long entityId, String action, String detail) {
        public Event {
            java.util.Objects.requireNonNull(at, "at");
            java.util.Objects.requireNonNull(entity, "entity");
            java.util.Objects.requireNonNull(action, "action");
        }
    }

    /**
     * Appends events in order inside the caller's transaction, like {@link #append} one after another, but reading
     * the end of the chain once and writing the entries with one prepared statement.
     */
    public List<AuditEntry> appendAll(Db h, List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        var last = h.createQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne();
        long seq = last.map(r -> (Long) r[0]).orElse(0L);
        String prev = last.map(r -> (String) r[1]).orElse(AuditEntry.GENESIS);
        List<AuditEntry> out = new java.util.ArrayList<>(events.size());
        try (RowBatch batch = h.rowBatch("INSERT INTO audit_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                seq++;
                Instant when = Instant.ofEpochMilli(e.at().toEpochMilli());
                String hash = AuditEntry.hashOf(seq, when, e.caseId(), e.entity(), e.entityId(), e.action(),
                        e.detail(), prev);
                batch.row(seq, when.toEpochMilli(), e.caseId(), e.entity(), e.entityId(), e.action(), e.detail(), prev,
                        hash);
                out.add(new AuditEntry(seq, when, e.caseId(), e.entity(), e.entityId(), e.action(), e.detail(), prev,
                        hash));
                prev = hash;
            }
            batch.execute();
        }
        return out;
    }

    public List<AuditEntry> forCase(Db h, long caseId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE case_id = :c ORDER BY seq")
                .bind("c", caseId).map((rs, ctx) -> map(rs)).list();
    }

    public java.util.Optional<AuditEntry> find(Db h, long seq) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE seq = :s").bind("s", seq)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    /** Streams the whole log in order, without holding it in memory. */
    public void forEach(Db h, Consumer<AuditEntry> consumer) {
        try (var it = h.createQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")
                .map((rs, ctx) -> map(rs)).iterator()) {
            it.forEachRemaining(consumer);
        }
    }

    static AuditEntry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long caseId = rs.getLong("case_id");
        Long c = rs.wasNull() ? null : caseId;
        long entityId = rs.getLong("entity_id");
        Long e = rs.wasNull() ? null : entityId;
        return new AuditEntry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_ms")), c, rs.getString("entity"),
                e, rs.getString("action"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
