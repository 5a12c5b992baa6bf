package io.casevault.vault;

import io.casevault.domain.CaseStatus;
import io.casevault.domain.StatusChange;

import java.time.Instant;
import java.util.List;

/** The {@code status_changes} table: every status a case has had, with when. */
public final class StatusChangeRepository {

    public long insert(Db h, long caseId, Instant at, CaseStatus from, CaseStatus to, String note) {
        return h.createUpdate("INSERT INTO status_changes (case_id, at_ms, from_status, to_status, note)"
                        + " VALUES (:c, :at, :from, :to, :note)")
                .bind("c", caseId).bind("at", at.toEpochMilli()).bind("from", from == null ? null : from.name())
                .bind("to", to.name()).bind("note", note == null ? "" : note)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public List<StatusChange> listByCase(Db h, long caseId) {
        return h.createQuery("SELECT * FROM status_changes WHERE case_id = :c ORDER BY at_ms, id").bind("c", caseId)
                .map((rs, ctx) -> {
                    String from = rs.getString("from_status");
                    return new StatusChange(rs.getLong("id"), rs.getLong("case_id"), Rows.instant(rs, "at_ms"),
                            from == null ? null : CaseStatus.valueOf(from),
                                    CaseStatus.valueOf(rs.getString("to_status")),
                            rs.getString("note"));
                }).list();
    }
}
