package io.casevault.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.casevault.domain.Case;
import io.casevault.domain.Direction;
import io.casevault.domain.DomainException;
import io.casevault.domain.EventTime;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Money;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Reason;
import io.casevault.domain.Redaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.understanding.Proposal;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.SuggestionRepository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What accepting a proposal changes, and undoing it, each through the same paths as a change by hand (so redactions
 * are checked, burnt in and hide text, and every change is in the audit log). {@link #apply} returns the JSON of what
 * it changed, kept with the suggestion so {@link #undo} can put it back.
 */
final class SuggestionEffects {
    private final CaseService cases;
    private final EvidenceService evidence;
    private final TransactionService transactions;
    private final EvidenceDetailsRepository details;
    private final SuggestionRepository suggestions;
    private final ZoneId zone;

    SuggestionEffects(CaseService cases, EvidenceService evidence, TransactionService transactions,
                      EvidenceDetailsRepository details, SuggestionRepository suggestions, ZoneId zone) {
        this.cases = cases;
        this.evidence = evidence;
        this.transactions = transactions;
        this.details = details;
        this.suggestions = suggestions;
        this.zone = zone;
    }

    /** Applies a proposal to its exhibit; the JSON of what changed. */
    String apply(Db h, Evidence e, Proposal p, Instant now) {
        Map<String, Object> applied = new LinkedHashMap<>();
        if (p instanceof Proposal.Link l) {
            applied.put("transaction", l.transactionId());
            applied.put("added", link(h, e, l.transactionId(), true, now));
        } else if (p instanceof Proposal.Record r) {
            long id = transactions.add(h, newTransaction(h, e, r), now);
            link(h, e, id, true, now);
            applied.put("transaction", id);
        } else if (p instanceof Proposal.CaptionText c) {
            applied.put("old", evidence.updateCaption(h, e.id(), c.caption(), now));
        } else if (p instanceof Proposal.Cover c) {
            List<Redaction> boxes = new ArrayList<>(details.redactions(h, e.id()));
            boxes.add(c.box());
            evidence.setRedactions(h, e.id(), boxes, now);
        } else if (p instanceof Proposal.EventTime t) {
            applied.put("old", suggestions.eventTime(h, e.id()).map(SuggestionEffects::eventTime).orElse(null));
            suggestions.setEventTime(h, e.id(), EventTime.of(t.shown(), t.zone()));
        }
        return SuggestionDetails.write(applied);
    }

    /** Puts back what {@link #apply} changed, where the user has not changed it since. */
    void undo(Db h, Evidence e, Proposal p, String appliedJson, Instant now) {
        JsonNode applied = SuggestionDetails.read(appliedJson == null ? "{}" : appliedJson);
        if (p instanceof Proposal.Link l) {
            if (applied.path("added").asBoolean(false)) {
                link(h, e, l.transactionId(), false, now);
            }
        } else if (p instanceof Proposal.Record) {
            long id = applied.get("transaction").asLong();
            link(h, e, id, false, now);
            transactions.trash(h, id, now);
        } else if (p instanceof Proposal.CaptionText c) {
            if (evidence.find(h, e.id()).caption().equals(c.caption())) {
                evidence.updateCaption(h, e.id(), SuggestionDetails.text(applied, "old"), now);
            }
        } else if (p instanceof Proposal.Cover c) {
            List<Redaction> boxes = new ArrayList<>(details.redactions(h, e.id()));
            if (boxes.remove(c.box())) {
                evidence.setRedactions(h, e.id(), boxes, now);
            }
        } else if (p instanceof Proposal.EventTime) {
            JsonNode old = applied.get("old");
            suggestions.setEventTime(h, e.id(), old == null || old.isNull() ? null
                    : new EventTime(Instant.parse(old.get("at").asText()), ZoneId.of(old.get("zone").asText()),
                    io.casevault.domain.understanding.ShownTime.Precision.valueOf(old.get("precision").asText())));
        }
    }

    /** Why a proposal cannot be applied as it stands, checked before anything changes; empty when it can. */
    Optional<Reason> obstacle(Db h, Evidence e, Proposal p) {
        if (p instanceof Proposal.Record r && currency(h, e, r) == null) {
            return Optional.of(Reason.of("suggestion.noCurrency", "The payment on " + e.exhibit()
                    + " shows no currency and the case has no amount in dispute to take one from; record it by hand.",
                    e.exhibit()));
        }
        return Optional.empty();
    }

    /** Adds or removes one transaction link; whether it changed anything. */
    private boolean link(Db h, Evidence e, long transactionId, boolean add, Instant now) {
        EvidenceLinks old = details.links(h, e.id());
        List<Long> ids = new ArrayList<>(old.transactionIds());
        boolean changed = add ? !ids.contains(transactionId) && ids.add(transactionId) : ids.remove(transactionId);
        if (changed) {
            evidence.setLinks(h, e.id(), new EvidenceLinks(ids.stream().sorted().toList(), old.followUpIds()), now);
        }
        return changed;
    }

    private NewTransaction newTransaction(Db h, Evidence e, Proposal.Record r) {
        Currency currency = currency(h, e, r);
        if (currency == null) {
            throw new DomainException(obstacle(h, e, r).orElseThrow());
        }
        // a payment screen shows money paid, with a minus sign or without one: out (the form lets the user change it)
        return new NewTransaction(e.caseId(), r.at().at().atZone(zone).toInstant(), zone,
                new Money(r.amount().value().abs(), currency), Direction.OUT, r.counterparty(), r.reference(), null, null,
                statusText(r),
                "Recorded from " + e.exhibit(), TransactionSource.MANUAL);
    }

    /**
     * A recorded transaction's status: the words the screenshot shows, as a statement row keeps its status column's;
     * a suggestion stored before those words were kept gives what the status means, in lower case.
     */
    private static String statusText(Proposal.Record r) {
        if (r.statusShown() != null && !r.statusShown().isBlank()) {
            return r.statusShown().strip();
        }
        return r.status() == null ? null : r.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The currency shown, else the currency of the case's amount in dispute, else none. */
    private Currency currency(Db h, Evidence e, Proposal.Record r) {
        if (r.amount().currency() != null) {
            return r.amount().currency();
        }
        Case c = cases.find(h, e.caseId());
        return c.amount() == null ? null : c.amount().currency();
    }

    private static Map<String, Object> eventTime(EventTime t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", t.at().toString());
        m.put("zone", t.zone().getId());
        m.put("precision", t.precision().name());
        return m;
    }
}
