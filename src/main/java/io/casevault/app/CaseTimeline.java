package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.EventTime;
import io.casevault.domain.FollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;

import java.util.List;
import java.util.Map;

/**
 * A case's timeline together with the rows it was built from, read in one go, for views that word the events;
 * {@code eventTimes} holds, by evidence id, the time each exhibit shows (where the user accepted one). {@code events}
 * are the timeline's events but the transactions', in time order: each of {@code transactions} (in time order) is one
 * more event, placed before the other events of the same instant, as {@link io.casevault.domain.Timeline} places it.
 */
public record CaseTimeline(Case theCase, List<TimelineEvent> events, List<Transaction> transactions,
                           List<FollowUp> followUps, Map<Long, EventTime> eventTimes) {

    public CaseTimeline {
        events = List.copyOf(events);
        transactions = List.copyOf(transactions);
        followUps = List.copyOf(followUps);
        eventTimes = Map.copyOf(eventTimes);
    }

    public CaseTimeline(Case theCase, List<TimelineEvent> events, List<Transaction> transactions,
                        List<FollowUp> followUps) {
        this(theCase, events, transactions, followUps, Map.of());
    }
}
