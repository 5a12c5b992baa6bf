package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.FollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;

import java.util.List;

/** A case's timeline together with the rows it was built from, read in one go, for views that word the events. */
public record CaseTimeline(Case theCase, List<TimelineEvent> events, List<Transaction> transactions,
                           List<FollowUp> followUps) {

    public CaseTimeline {
        events = List.copyOf(events);
        transactions = List.copyOf(transactions);
        followUps = List.copyOf(followUps);
    }
}
