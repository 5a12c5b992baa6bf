package io.casevault.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A contact with the provider or an authority, as entered. */
public record NewFollowUp(long caseId, Instant at, ZoneId zone, Channel channel, ContactDirection direction,
                          String contactPerson, String ticketRef, String summary, String outcome, LocalDate dueDate) {

    public NewFollowUp {
        Checks.positiveId(caseId, "Case id");
        Checks.notNull(at, "Follow-up time");
        Checks.notNull(zone, "Time zone");
        Checks.notNull(channel, "Channel");
        direction = direction == null ? ContactDirection.OUTGOING : direction;
        contactPerson = Checks.optional(contactPerson);
        ticketRef = Checks.optional(ticketRef);
        summary = Checks.required(summary, "Summary");
        outcome = Checks.optional(outcome);
    }
}
