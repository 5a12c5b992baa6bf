package io.casevault.domain;

import java.time.Instant;

/** One dated event on a case's timeline. {@code refId} is the id of the row it stands for, when there is one. */
public record TimelineEvent(Instant at, Kind kind, String text, Long refId, boolean overdue) {

    public enum Kind { TRANSACTION, EVIDENCE, FOLLOWUP, STATUS, DEADLINE }

    public TimelineEvent {
        Checks.notNull(at, "Event time");
        Checks.notNull(kind, "Event kind");
        text = Checks.orEmpty(text);
    }
}
