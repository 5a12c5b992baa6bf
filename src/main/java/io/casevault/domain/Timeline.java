package io.casevault.domain;

import io.casevault.domain.understanding.ShownTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Puts every dated event of a case in time order: transactions, evidence, follow-ups, status changes, deadlines. */
public final class Timeline {
    private Timeline() {
    }

    public static List<TimelineEvent> build(Case c, List<Transaction> transactions, List<Evidence> evidence,
                                            List<FollowUp> followUps, List<StatusChange> statusChanges,
                                            ZoneId zone, LocalDate today) {
        return build(c, transactions, evidence, followUps, statusChanges, Map.of(), zone, today);
    }

    /**
     * As {@link #build(Case, List, List, List, List, ZoneId, LocalDate)}, placing each exhibit with an event time
     * (by evidence id: the payment time its screenshot shows) at that time, and saying so ("shows a payment at …");
     * the others at their capture time.
     */
    public static List<TimelineEvent> build(Case c, List<Transaction> transactions, List<Evidence> evidence,
                                            List<FollowUp> followUps, List<StatusChange> statusChanges,
                                            Map<Long, EventTime> eventTimes, ZoneId zone, LocalDate today) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Transaction t : transactions) {
            events.add(new TimelineEvent(t.at(), TimelineEvent.Kind.TRANSACTION, describe(t), t.id(), false));
        }
        for (Evidence e : evidence) {
            String text = e.exhibit() + " " + e.originalName() + (e.caption().isEmpty() ? "" : ": " + e.caption());
            EventTime shown = eventTimes.get(e.id());
            if (shown == null) {
                events.add(new TimelineEvent(e.effectiveTime(), TimelineEvent.Kind.EVIDENCE, text, e.id(), false));
            } else {
                events.add(new TimelineEvent(shown.at(), TimelineEvent.Kind.EVIDENCE, text + " — shows a payment "
                        + (shown.precision() == ShownTime.Precision.DAY ? "on " : "at ") + shown.display(), e.id(),
                        false));
            }
        }
        for (FollowUp f : followUps) {
            events.add(new TimelineEvent(f.at(), TimelineEvent.Kind.FOLLOWUP, describe(f), f.id(), false));
            if (f.dueDate() != null) {
                events.add(new TimelineEvent(endOfDay(f.dueDate(), zone), TimelineEvent.Kind.DEADLINE,
                        "Follow-up due: " + f.summary(), f.id(), f.isOverdue(today) && !c.status().isClosed()));
            }
        }
        for (StatusChange s : statusChanges) {
            String text = s.from() == null ? "Opened as " + s.to() : s.from() + " → " + s.to();
            events.add(new TimelineEvent(s.at(), TimelineEvent.Kind.STATUS,
                    s.note().isEmpty() ? text : text + ": " + s.note(), s.id(), false));
        }
        c.deadline().ifPresent(d -> events.add(new TimelineEvent(endOfDay(d, zone), TimelineEvent.Kind.DEADLINE,
                "Complaint window ends (" + c.windowDays() + " days from " + c.incident().earliest() + ")", null,
                d.isBefore(today) && !c.status().isClosed())));
        events.sort(Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::kind));
        return events;
    }

    /** A deadline day lasts until its last second in the user's zone. */
    static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    static String describe(Transaction t) {
        StringBuilder s = new StringBuilder();
        s.append(t.direction()).append(' ').append(t.money().display());
        if (t.counterparty() != null) {
            s.append(t.direction() == Direction.IN ? " from " : " to ").append(t.counterparty());
        }
        if (t.txRef() != null) {
            s.append(" (ref ").append(t.txRef()).append(')');
        }
        if (t.note() != null) {
            s.append(": ").append(t.note());
        }
        return s.toString();
    }

    static String describe(FollowUp f) {
        StringBuilder s = new StringBuilder();
        s.append(f.channel()).append(f.direction() == ContactDirection.OUTGOING ? " (we contacted them)"
                : " (they contacted us)");
        if (f.ticketRef() != null) {
            s.append(" #").append(f.ticketRef());
        }
        s.append(": ").append(f.summary());
        if (f.outcome() != null) {
            s.append(" → ").append(f.outcome());
        }
        return s.toString();
    }
}
