package io.casevault.vault;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.FollowUp;
import io.casevault.domain.NewFollowUp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The {@code followups} table. */
public final class FollowUpRepository implements TrashableRows<FollowUp> {

    private static final String INSERT = """
            INSERT INTO followups (case_id, at_ms, zone, channel, direction, contact_person, ticket_ref, summary,
                outcome, due_date, created_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    public long insert(Db h, NewFollowUp f, Instant now) {
        return Rows.bindAll(h.createUpdate(INSERT), values(f, now)).executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one();
    }

    /**
     * Inserts rows in order, like {@link #insert} one after another, with one prepared statement; their ids, in the
     * same order. Inside a transaction the new rows are the ones above the highest id before them, numbered in the
     * order they were inserted, and they are read back so.
     */
    public List<Long> insertAll(Db h, List<NewFollowUp> rows, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long before = h.createQuery("SELECT coalesce(max(id), 0) FROM followups").mapTo(Long.class).one();
        try (RowBatch batch = h.rowBatch(INSERT)) {
            rows.forEach(f -> batch.row(values(f, now)));
            batch.execute();
        }
        List<Long> ids = h.createQuery("SELECT id FROM followups WHERE id > :before ORDER BY id")
                .bind("before", before).mapTo(Long.class).list();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " follow-ups but found " + ids.size());
        }
        return ids;
    }

    /** The values of {@link #INSERT} for a follow-up recorded at {@code now}, in its columns' order. */
    private static Object[] values(NewFollowUp f, Instant now) {
        return new Object[] {f.caseId(), f.at().toEpochMilli(), f.zone().getId(), f.channel().name(),
                f.direction().name(), f.contactPerson(), f.ticketRef(), f.summary(), f.outcome(),
                f.dueDate() == null ? null : f.dueDate().toString(), now.toEpochMilli()};
    }

    @Override
    public Optional<FollowUp> find(Db h, long id) {
        return h.createQuery("SELECT * FROM followups WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    public List<FollowUp> listByCase(Db h, long caseId, boolean trashed) {
        return h.createQuery("SELECT * FROM followups WHERE case_id = :c AND (trashed_ms IS NOT NULL) = :trashed"
                        + " ORDER BY at_ms, id")
                .bind("c", caseId).bind("trashed", trashed).map((rs, ctx) -> map(rs)).list();
    }

    public int count(Db h, long caseId) {
        return h.createQuery("SELECT count(*) FROM followups WHERE case_id = :c AND trashed_ms IS NULL")
                .bind("c", caseId).mapTo(Integer.class).one();
    }

    @Override
    public void setTrashed(Db h, long id, Instant at) {
        h.execute("UPDATE followups SET trashed_ms = ? WHERE id = ?", Rows.millis(at), id);
    }

    private static FollowUp map(ResultSet rs) throws SQLException {
        return new FollowUp(rs.getLong("id"), rs.getLong("case_id"), Rows.instant(rs, "at_ms"),
                ZoneId.of(rs.getString("zone")), Channel.valueOf(rs.getString("channel")),
                ContactDirection.valueOf(rs.getString("direction")), rs.getString("contact_person"),
                rs.getString("ticket_ref"), rs.getString("summary"), rs.getString("outcome"),
                Rows.date(rs, "due_date"), Rows.instant(rs, "created_ms"), Rows.instant(rs, "trashed_ms"));
    }
}
