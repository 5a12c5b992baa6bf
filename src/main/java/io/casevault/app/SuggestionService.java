package io.casevault.app;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.DomainException;
import io.casevault.domain.EventTime;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.Transaction;
import io.casevault.domain.understanding.Proposal;
import io.casevault.domain.understanding.Proposals;
import io.casevault.domain.understanding.ScreenshotReading;
import io.casevault.domain.understanding.TextLine;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.RecognitionRepository;
import io.casevault.vault.SuggestionRepository;
import io.casevault.vault.SuggestionRepository.Row;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What CaseVault proposes from the text read in a case's screenshots: links to transactions, transactions to record,
 * captions, event times and redaction boxes ({@link Proposals} holds the rules). Proposals are derived data made
 * again whenever their inputs change: after an exhibit's text is read, after transactions are added or imported, and
 * whenever a case's suggestions are listed (cheap: no picture is read, only stored text). They are stored, because
 * the user's decisions must last: a dismissed proposal is not offered again, an accepted one can be undone, and a link
 * by an equal order number is applied by CaseVault at once. Every decision and its effect is in the audit log.
 */
public final class SuggestionService {
    private final Vault vault;
    private final CaseService cases;
    private final EvidenceService evidenceService;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final TransactionRepository transactions;
    private final RecognitionRepository recognition;
    private final SuggestionRepository suggestions;
    private final AuditLog audit;
    private final SuggestionEffects effects;
    private final ZoneId zone;

    /** @param zone where a time shown on a screen is read when no linked transaction says its zone */
    public SuggestionService(Vault vault, CaseService cases, EvidenceService evidenceService,
                             TransactionService transactionService, EvidenceRepository evidence,
                             EvidenceDetailsRepository details, TransactionRepository transactions,
                             RecognitionRepository recognition, SuggestionRepository suggestions, AuditLog audit,
                             ZoneId zone) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.evidenceService = Objects.requireNonNull(evidenceService);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.transactions = Objects.requireNonNull(transactions);
        this.recognition = Objects.requireNonNull(recognition);
        this.suggestions = Objects.requireNonNull(suggestions);
        this.audit = Objects.requireNonNull(audit);
        this.zone = Objects.requireNonNull(zone);
        this.effects = new SuggestionEffects(cases, evidenceService, transactionService, details, suggestions, zone);
    }

    /** What the exhibit's text says (outside its redactions); empty when it has not been read or is no picture. */
    public Optional<ScreenshotReading> reading(long evidenceId) {
        return vault.read(h -> evidence.find(h, evidenceId).flatMap(e -> reading(h, e)));
    }

    /** The event times accepted for a case's exhibits (the payment time each shows), by evidence id. */
    public Map<Long, EventTime> eventTimes(long caseId) {
        return vault.read(h -> suggestions.eventTimesOfCase(h, caseId));
    }

    /** Proposes afresh for one exhibit (its text was read), applying what CaseVault applies by itself. */
    public void refreshExhibit(long evidenceId) {
        if (!vault.isWritable()) {
            return;
        }
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            evidence.find(h, evidenceId).filter(e -> e.trashedAt() == null).ifPresent(e ->
                    refresh(h, e, transactions.listByCase(h, e.caseId(), false), now));
            return null;
        });
    }

    /** Proposes afresh for every exhibit of a case (its transactions changed). */
    public void refreshCase(long caseId) {
        if (!vault.isWritable()) {
            return;
        }
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            cases.find(h, caseId);
            List<Transaction> txs = transactions.listByCase(h, caseId, false);
            for (Evidence e : evidence.listByCase(h, caseId, false)) {
                refresh(h, e, txs, now);
            }
            return null;
        });
    }

    /** The open suggestions of a case, by exhibit, after proposing afresh. */
    public List<Suggestion> open(long caseId) {
        refreshCase(caseId);
        return list(caseId, Suggestion.State.OPEN);
    }

    /**
     * What to review for a case, after proposing afresh: its open suggestions, then the links CaseVault made by
     * itself (accepted, marked automatic), so they are seen and can be undone.
     */
    public List<Suggestion> review(long caseId) {
        List<Suggestion> shown = new ArrayList<>(open(caseId));
        list(caseId, Suggestion.State.ACCEPTED).stream().filter(Suggestion::automatic).forEach(shown::add);
        return shown;
    }

    /**
     * What to show beside one exhibit, after proposing afresh for it: its open suggestions, then the accepted ones (by
     * the user or by CaseVault), which can be undone. Dismissed ones are left out.
     */
    public List<Suggestion> ofExhibit(long evidenceId) {
        refreshExhibit(evidenceId);
        List<Suggestion> all = vault.read(h -> suggestions.forExhibit(h, evidenceId).stream()
                .filter(r -> r.state() != SuggestionRepository.State.DISMISSED).map(SuggestionService::suggestion)
                .toList());
        List<Suggestion> shown = new ArrayList<>(all.stream().filter(s -> s.state() == Suggestion.State.OPEN)
                .toList());
        all.stream().filter(s -> s.state() == Suggestion.State.ACCEPTED).forEach(shown::add);
        return shown;
    }

    /** The suggestions of a case in one state, as stored. */
    public List<Suggestion> list(long caseId, Suggestion.State state) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return suggestions.forCase(h, caseId, SuggestionRepository.State.valueOf(state.name())).stream()
                    .map(SuggestionService::suggestion).toList();
        });
    }

    /** What was decided about a case's suggestions, oldest first, from the audit log (CaseVault's own links too). */
    public List<AuditEntry> history(long caseId) {
        return vault.read(h -> audit.forCase(h, caseId).stream().filter(a -> a.action().startsWith("suggestion-"))
                .toList());
    }

    public Suggestion get(long id) {
        return vault.read(h -> suggestion(find(h, id)));
    }

    /** Applies an open suggestion; fails with a sentence when it is not open or cannot be applied. */
    public Suggestion accept(long id) {
        Instant now = vault.clock().instant();
        long evidenceId = vault.transaction(h -> {
            Row row = requireState(h, id, SuggestionRepository.State.OPEN);
            Evidence e = evidenceService.find(h, row.evidenceId());
            Proposal p = proposal(row);
            Optional<Reason> obstacle = effects.obstacle(h, e, p);
            if (obstacle.isPresent()) {
                throw new DomainException(obstacle.get());
            }
            accept(h, row, e, p, "user", now);
            return row.evidenceId();
        });
        refreshExhibit(evidenceId);
        return get(id);
    }

    /**
     * What accepting all of a case's open suggestions did: the suggestions applied (to undo them together), and why
     * others were not.
     */
    public record AcceptedAll(List<Long> ids, List<Reason> skipped) {
        public AcceptedAll {
            ids = List.copyOf(ids);
            skipped = List.copyOf(skipped);
        }

        public int accepted() {
            return ids.size();
        }
    }

    /**
     * Accepts every open suggestion of a case in one transaction, after proposing afresh. A transaction to record
     * whose currency is unknown stays open, with its sentence in the result.
     */
    public AcceptedAll acceptAll(long caseId) {
        refreshCase(caseId);
        Instant now = vault.clock().instant();
        AcceptedAll result = vault.transaction(h -> {
            List<Long> accepted = new ArrayList<>();
            List<Reason> skipped = new ArrayList<>();
            for (Row row : suggestions.forCase(h, caseId, SuggestionRepository.State.OPEN)) {
                Evidence e = evidenceService.find(h, row.evidenceId());
                Proposal p = proposal(row);
                Optional<Reason> obstacle = effects.obstacle(h, e, p);
                if (obstacle.isPresent()) {
                    skipped.add(obstacle.get());
                } else {
                    accept(h, row, e, p, "user", now);
                    accepted.add(row.id());
                }
            }
            return new AcceptedAll(accepted, skipped);
        });
        refreshCase(caseId);
        return result;
    }

    /**
     * Undoes what one "Accept all" applied, newest first, in one transaction, each audited as if undone on its own;
     * those undone one by one meanwhile are left as they are. How many were undone.
     */
    public int undoAll(List<Long> ids) {
        Instant now = vault.clock().instant();
        Set<Long> cases = new java.util.TreeSet<>();
        int undone = vault.transaction(h -> {
            int n = 0;
            for (int i = ids.size() - 1; i >= 0; i--) {
                Row row = find(h, ids.get(i));
                if (row.state() == SuggestionRepository.State.ACCEPTED) {
                    undo(h, row, now);
                    cases.add(row.caseId());
                    n++;
                }
            }
            return n;
        });
        cases.forEach(this::refreshCase);
        return undone;
    }

    /** Sets an open suggestion aside; it is not offered again. */
    public Suggestion dismiss(long id) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Row row = requireState(h, id, SuggestionRepository.State.OPEN);
            suggestions.decide(h, id, SuggestionRepository.State.DISMISSED, null, now);
            record(h, row, "suggestion-dismissed", "user", now);
            return null;
        });
        return get(id);
    }

    /**
     * Undoes an accepted suggestion: what it changed is put back (a recorded transaction goes to the trash). One the
     * user accepted is open again; one CaseVault applied by itself is dismissed, so it is not applied again. The
     * whole case is proposed anew: links CaseVault made to a transaction recorded from a screenshot are withdrawn
     * with it (audited as {@code suggestion-withdrawn}).
     */
    public Suggestion undo(long id) {
        Instant now = vault.clock().instant();
        long caseId = vault.transaction(h -> {
            Row row = requireState(h, id, SuggestionRepository.State.ACCEPTED);
            undo(h, row, now);
            return row.caseId();
        });
        refreshCase(caseId);
        return get(id);
    }

    private void undo(Db h, Row row, Instant now) {
        Evidence e = evidenceService.find(h, row.evidenceId());
        effects.undo(h, e, proposal(row), row.applied(), now);
        suggestions.decide(h, row.id(), row.automatic() ? SuggestionRepository.State.DISMISSED
                : SuggestionRepository.State.OPEN, null, now);
        record(h, row, "suggestion-undone", "user", now);
    }

    private void refresh(Db h, Evidence e, List<Transaction> txs, Instant now) {
        Optional<ScreenshotReading> read = reading(h, e);
        if (read.isEmpty()) {
            return;
        }
        Set<Long> live = txs.stream().map(Transaction::id).collect(Collectors.toSet());
        withdrawLinksToTrashed(h, e, live, now);
        // a link to a trashed transaction proves nothing: the exhibit may be offered a link or a record again
        Set<Long> linked = details.links(h, e.id()).transactionIds().stream().filter(live::contains)
                .collect(Collectors.toSet());
        Proposals.Exhibit facts = new Proposals.Exhibit(txs, linked, details.redactions(h, e.id()), e.width(),
                e.height(), e.caption(), zone);
        List<SuggestionRepository.Proposed> proposed = Proposals.of(read.get(), facts).stream()
                .map(p -> new SuggestionRepository.Proposed(p.kind().code(), p.key(), SuggestionDetails.json(p),
                        p.confidence(), p.automatic())).toList();
        for (Row row : suggestions.merge(h, e.caseId(), e.id(), proposed, now)) {
            accept(h, row, e, proposal(row), "CaseVault", now);
        }
    }

    /**
     * Takes back the links CaseVault made by itself to transactions no longer live (trashed, or recorded from a
     * screenshot and undone): the link is removed and the suggestion forgotten, audited, so a restored transaction
     * is linked again by the same rule.
     */
    private void withdrawLinksToTrashed(Db h, Evidence e, Set<Long> live, Instant now) {
        for (Row row : suggestions.forExhibit(h, e.id())) {
            if (row.state() == SuggestionRepository.State.ACCEPTED && row.automatic()
                    && proposal(row) instanceof Proposal.Link l && !live.contains(l.transactionId())) {
                effects.undo(h, e, l, row.applied(), now);
                suggestions.delete(h, row.id());
                record(h, row, "suggestion-withdrawn", "CaseVault", now);
            }
        }
    }

    private Optional<ScreenshotReading> reading(Db h, Evidence e) {
        if (!e.isImage()) {
            return Optional.empty();
        }
        return recognition.text(h, e.id()).map(t -> {
            List<TextLine> lines = t.outside(details.redactions(h, e.id())).stream().map(TextLine::of).toList();
            Instant when = e.capturedAt() != null ? e.capturedAt() : e.importedAt();
            return ScreenshotReading.read(lines, when.atZone(zone).getYear());
        });
    }

    private void accept(Db h, Row row, Evidence e, Proposal p, String by, Instant now) {
        String applied = effects.apply(h, e, p, now);
        suggestions.decide(h, row.id(), SuggestionRepository.State.ACCEPTED, applied, now);
        record(h, row, row.automatic() && by.equals("CaseVault") ? "suggestion-applied" : "suggestion-accepted", by,
                now);
    }

    private void record(Db h, Row row, String action, String by, Instant now) {
        audit.append(h, now, row.caseId(), "evidence", row.evidenceId(), action, AuditDetail.of("suggestion", row.id())
                .and("exhibit", "E-" + row.exhibitNo()).and("kind", row.kind()).and("detail", row.detail())
                .and("by", by).json());
    }

    private Row find(Db h, long id) {
        return suggestions.find(h, id).orElseThrow(() -> new NotFoundException("There is no suggestion with id " + id
                + "."));
    }

    private Row requireState(Db h, long id, SuggestionRepository.State state) {
        Row row = find(h, id);
        if (row.state() != state) {
            throw new DomainException(state == SuggestionRepository.State.OPEN
                    ? Reason.of("suggestion.decided", "Suggestion " + id + " was accepted or dismissed already.", id)
                    : Reason.of("suggestion.notAccepted", "Suggestion " + id + " is not accepted, so there is "
                    + "nothing to undo.", id));
        }
        return row;
    }

    private static Proposal proposal(Row row) {
        return SuggestionDetails.parse(row.kind(), row.detail(), row.confidence());
    }

    private static Suggestion suggestion(Row row) {
        return new Suggestion(row.id(), row.caseId(), row.evidenceId(), "E-" + row.exhibitNo(), proposal(row),
                Suggestion.State.valueOf(row.state().name()), row.automatic(), row.decidedAt());
    }
}
