package io.casevault.vault;

import io.casevault.domain.EventTime;
import io.casevault.domain.understanding.ShownTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of migration V8: what CaseVault proposes per exhibit ({@code suggestions}) and the event times the user
 * accepted ({@code evidence_event_times}). Every method runs on the caller's handle.
 */
public final class SuggestionRepository {

    /** What a suggestion is now. */
    public enum State {
        OPEN, ACCEPTED, DISMISSED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A stored suggestion: its kind code, key and detail JSON as written, and {@code applied}: what accepting did. */
    public record Row(long id, long caseId, long evidenceId, int exhibitNo, String kind, String key, String detail,
                      double confidence, State state, boolean automatic, String applied, Instant createdAt,
                      Instant decidedAt) {
    }

    /** A proposal as made now, to be merged with what is stored. */
    public record Proposed(String kind, String key, String detail, double confidence, boolean automatic) {
    }

    private static final String COLUMNS = "s.id, s.case_id, s.evidence_id, e.exhibit_no, s.kind, s.proposal_key,"
            + " s.detail, s.confidence, s.state, s.automatic, s.applied, s.created_ms, s.decided_ms";

    /**
     * Merges what is proposed for an exhibit now with what is stored: a new proposal is inserted open (or, when
     * automatic, accepted, for the caller to apply); an open one proposed again gets the new detail (and is accepted,
     * for the caller to apply, when it became automatic); an open one not proposed any more is removed. Accepted and
     * dismissed ones stay as the user left them.
     *
     * @return the rows inserted as accepted automatically, for the caller to apply
     */
    public List<Row> merge(Db h, long caseId, long evidenceId, List<Proposed> proposals, Instant now) {
        List<Row> stored = forExhibit(h, evidenceId);
        List<Long> automatic = new java.util.ArrayList<>();
        for (Proposed p : proposals) {
            Optional<Row> same = stored.stream().filter(r -> r.kind().equals(p.kind()) && r.key().equals(p.key()))
                    .findFirst();
            if (same.isEmpty()) {
                State state = p.automatic() ? State.ACCEPTED : State.OPEN;
                long id = h.createUpdate("INSERT INTO suggestions (case_id, evidence_id, kind, proposal_key, detail,"
                                + " confidence, state, automatic, created_ms, decided_ms) VALUES (:c, :e, :k, :key,"
                                + " :d, :conf, :state, :auto, :now, :decided)")
                        .bind("c", caseId).bind("e", evidenceId).bind("k", p.kind()).bind("key", p.key())
                        .bind("d", p.detail()).bind("conf", p.confidence()).bind("state", state.code())
                        .bind("auto", p.automatic() ? 1 : 0).bind("now", now.toEpochMilli())
                        .bind("decided", p.automatic() ? now.toEpochMilli() : null)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                if (p.automatic()) {
                    automatic.add(id);
                }
            } else if (same.get().state() == State.OPEN && p.automatic()) {
                // offered before, now certain (the statement brought the number the screenshot shows): applied
                h.execute("UPDATE suggestions SET detail = ?, confidence = ?, state = ?, automatic = 1, decided_ms = ?"
                        + " WHERE id = ?", p.detail(), p.confidence(), State.ACCEPTED.code(), now.toEpochMilli(),
                        same.get().id());
                automatic.add(same.get().id());
            } else if (same.get().state() == State.OPEN) {
                h.execute("UPDATE suggestions SET detail = ?, confidence = ? WHERE id = ?", p.detail(),
                        p.confidence(), same.get().id());
            }
        }
        for (Row r : stored) {
            boolean kept = proposals.stream().anyMatch(p -> p.kind().equals(r.kind()) && p.key().equals(r.key()));
            if (!kept && r.state() == State.OPEN) {
                h.execute("DELETE FROM suggestions WHERE id = ?", r.id());
            }
        }
        return automatic.stream().map(id -> find(h, id).orElseThrow()).toList();
    }

    public Optional<Row> find(Db h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM suggestions s JOIN evidence e ON e.id = s.evidence_id"
                + " WHERE s.id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne();
    }

    public List<Row> forExhibit(Db h, long evidenceId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM suggestions s JOIN evidence e ON e.id = s.evidence_id"
                + " WHERE s.evidence_id = :e ORDER BY s.id").bind("e", evidenceId).map((rs, ctx) -> map(rs)).list();
    }

    /** The suggestions of a case's live exhibits in one state, by exhibit and kind. */
    public List<Row> forCase(Db h, long caseId, State state) {
        return h.createQuery("SELECT " + COLUMNS + " FROM suggestions s JOIN evidence e ON e.id = s.evidence_id"
                        + " WHERE s.case_id = :c AND s.state = :state AND e.trashed_ms IS NULL"
                        + " ORDER BY e.exhibit_no, s.kind, s.id")
                .bind("c", caseId).bind("state", state.code()).map((rs, ctx) -> map(rs)).list();
    }

    /** Records a decision, and what applying it changed (null when nothing is to undo). */
    public void decide(Db h, long id, State state, String applied, Instant now) {
        h.execute("UPDATE suggestions SET state = ?, applied = ?, decided_ms = ? WHERE id = ?", state.code(), applied,
                state == State.OPEN ? null : now.toEpochMilli(), id);
    }

    /** Forgets a suggestion (one whose subject is gone); the audit log keeps what it was. */
    public void delete(Db h, long id) {
        h.execute("DELETE FROM suggestions WHERE id = ?", id);
    }

    public Optional<EventTime> eventTime(Db h, long evidenceId) {
        return h.createQuery("SELECT at_ms, zone, precision FROM evidence_event_times WHERE evidence_id = :e")
                .bind("e", evidenceId).map((rs, ctx) -> eventTime(rs)).findOne();
    }

    /** The accepted event times of a case's exhibits, by evidence id. */
    public Map<Long, EventTime> eventTimesOfCase(Db h, long caseId) {
        Map<Long, EventTime> out = new HashMap<>();
        h.createQuery("SELECT t.evidence_id, t.at_ms, t.zone, t.precision FROM evidence_event_times t"
                        + " JOIN evidence e ON e.id = t.evidence_id WHERE e.case_id = :c")
                .bind("c", caseId).map((rs, ctx) -> out.put(rs.getLong("evidence_id"), eventTime(rs))).list();
        return out;
    }

    /** Sets an exhibit's event time, or clears it with null. */
    public void setEventTime(Db h, long evidenceId, EventTime time) {
        h.execute("DELETE FROM evidence_event_times WHERE evidence_id = ?", evidenceId);
        if (time != null) {
            h.execute("INSERT INTO evidence_event_times (evidence_id, at_ms, zone, precision) VALUES (?, ?, ?, ?)",
                    evidenceId, time.at().toEpochMilli(), time.zone().getId(), time.precision().name());
        }
    }

    private static EventTime eventTime(ResultSet rs) throws SQLException {
        return new EventTime(Instant.ofEpochMilli(rs.getLong("at_ms")), ZoneId.of(rs.getString("zone")),
                ShownTime.Precision.valueOf(rs.getString("precision")));
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("evidence_id"), rs.getInt("exhibit_no"),
                rs.getString("kind"), rs.getString("proposal_key"), rs.getString("detail"),
                rs.getDouble("confidence"), State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getInt("automatic") == 1, rs.getString("applied"), Rows.instant(rs, "created_ms"),
                Rows.instant(rs, "decided_ms"));
    }
}
