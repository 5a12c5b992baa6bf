package io.casevault.domain;

import java.time.Instant;

/** A change of a case's status; {@code from} is null for the status a case was opened with. */
public record StatusChange(long id, long caseId, Instant at, CaseStatus from, CaseStatus to, String note) {

    public StatusChange {
        Checks.notNull(at, "Status change time");
        Checks.notNull(to, "New status");
        note = Checks.orEmpty(note);
    }
}
