package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.EventTime;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;
import io.casevault.domain.Timeline;
import io.casevault.domain.TimelineEvent;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.StatusChangeRepository;
import io.casevault.vault.SuggestionRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The dated events of a case in time order. */
public final class TimelineService {
    private final Vault vault;
    private final CaseService cases;
    private final TransactionRepository transactions;
    private final EvidenceRepository evidence;
    private final FollowUpRepository followUps;
    private final StatusChangeRepository statusChanges;
    private final SuggestionRepository eventTimes;

    public TimelineService(Vault vault, CaseService cases, TransactionRepository transactions,
                           EvidenceRepository evidence, FollowUpRepository followUps,
                           StatusChangeRepository statusChanges, SuggestionRepository eventTimes) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.transactions = Objects.requireNonNull(transactions);
        this.evidence = Objects.requireNonNull(evidence);
        this.followUps = Objects.requireNonNull(followUps);
        this.statusChanges = Objects.requireNonNull(statusChanges);
        this.eventTimes = Objects.requireNonNull(eventTimes);
    }

    /** Every dated event of the case, its transactions among them, in time order. */
    public List<TimelineEvent> timeline(long caseId, ZoneId zone) {
        LocalDate today = LocalDate.now(vault.clock().withZone(zone));
        return vault.read(h -> {
            Case c = cases.find(h, caseId);
            return events(h, c, transactions.listByCase(h, caseId, false), followUps.listByCase(h, caseId, false),
                    eventTimes.eventTimesOfCase(h, caseId), zone, today);
        });
    }

    /**
     * The timeline and the case, transactions, follow-ups and exhibits' event times it was built from, each read once.
     * An exhibit with an accepted event time (the payment time its screenshot shows) is placed there. The events leave
     * the transactions out (see {@link CaseTimeline}): a view words each transaction from its row anyway, and a large
     * case's ten thousand payments would otherwise be described in English and sorted only to be dropped.
     */
    public CaseTimeline caseTimeline(long caseId, ZoneId zone) {
        LocalDate today = LocalDate.now(vault.clock().withZone(zone));
        return vault.readUnchanged(new Read(caseId, zone, today), h -> {
            Case c = cases.find(h, caseId);
            List<FollowUp> fus = followUps.listByCase(h, caseId, false);
            Map<Long, EventTime> shown = eventTimes.eventTimesOfCase(h, caseId);
            return new CaseTimeline(c, events(h, c, List.of(), fus, shown, zone, today),
                    transactions.listByCase(h, caseId, false), fus, shown);
        });
    }

    /**
     * Builds the case's timeline ahead ({@link #caseTimeline}) into what the vault keeps until it is next written (call
     * it off the FX thread, after {@link TransactionService#readAhead}, whose rows it takes): the timeline tab then
     * finds it built, or waits for this build instead of starting another. Does nothing in a vault that keeps no rows
     * (opened read-only while another process writes it).
     *
     * @return the timeline built, none when the vault keeps no rows
     */
    public Optional<CaseTimeline> readAhead(long caseId, ZoneId zone) {
        return vault.keepsReads() ? Optional.of(caseTimeline(caseId, zone)) : Optional.empty();
    }

    private List<TimelineEvent> events(Db h, Case c, List<Transaction> txs, List<FollowUp> fus,
                                       Map<Long, EventTime> shown, ZoneId zone, LocalDate today) {
        return Timeline.build(c, txs, evidence.listByCase(h, c.id(), false), fus,
                statusChanges.listByCase(h, c.id()), shown, zone, today);
    }

    /** What a case's timeline depends on besides the vault's rows. */
    private record Read(long caseId, ZoneId zone, LocalDate today) {
    }
}
