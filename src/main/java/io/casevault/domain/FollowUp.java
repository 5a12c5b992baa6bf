package io.casevault.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A stored follow-up of a case. */
public record FollowUp(long id, long caseId, Instant at, ZoneId zone, Channel channel, ContactDirection direction,
                       String contactPerson, String ticketRef, String summary, String outcome, LocalDate dueDate,
                       Instant createdAt, Instant trashedAt)
        implements Trashable {

    public FollowUp {
        Checks.positiveId(id, "Follow-up id");
        Checks.notNull(at, "Follow-up time");
        Checks.notNull(zone, "Time zone");
        Checks.notNull(channel, "Channel");
        Checks.notNull(direction, "Direction");
        summary = Checks.required(summary, "Summary");
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }
}
