package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.NewCase;
import io.casevault.vault.AuditLog;
import io.casevault.vault.CaseRepository;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.StatusChangeRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Opening, listing, changing and trashing cases. */
public final class CaseService {
    private final Vault vault;
    private final CaseRepository cases;
    private final StatusChangeRepository statusChanges;
    private final TransactionRepository transactions;
    private final EvidenceRepository evidence;
    private final FollowUpRepository followUps;
    private final AuditLog audit;

    public CaseService(Vault vault, CaseRepository cases, StatusChangeRepository statusChanges,
                       TransactionRepository transactions, EvidenceRepository evidence, FollowUpRepository followUps,
                       AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.statusChanges = Objects.requireNonNull(statusChanges);
        this.transactions = Objects.requireNonNull(transactions);
        this.evidence = Objects.requireNonNull(evidence);
        this.followUps = Objects.requireNonNull(followUps);
        this.audit = Objects.requireNonNull(audit);
    }

    public Case create(NewCase draft) {
        Objects.requireNonNull(draft);
        Instant now = vault.clock().instant();
        long id = vault.transaction(h -> {
            long newId = cases.insert(h, draft, CaseStatus.DRAFT, now);
            statusChanges.insert(h, newId, now, null, CaseStatus.DRAFT, "");
            audit.append(h, now, newId, "case", newId, "created", AuditDetail.of("title", draft.title())
                    .and("provider", draft.provider()).and("category", draft.category())
                    .and("amount", draft.amount()).and("incident", draft.incident())
                    .and("windowDays", draft.windowDays()).and("sample", draft.sample()).json());
            return newId;
        });
        return get(id);
    }

    /** A case by id, in the trash or not; fails with a sentence when there is none. */
    public Case get(long id) {
        return vault.read(h -> find(h, id));
    }

    Case find(Db h, long id) {
        return cases.find(h, id).orElseThrow(() -> new NotFoundException("There is no case with id " + id + "."));
    }

    /** A case that can take new records: it exists and is not in the trash. */
    Case requireActive(Db h, long id) {
        Case c = find(h, id);
        if (c.isTrashed()) {
            throw new NotFoundException("Case " + id + " is in the trash; restore it first.");
        }
        return c;
    }

    public List<CaseSummary> list(LocalDate today) {
        return vault.read(h -> cases.list(h, false).stream().map(c -> summarise(h, c, today)).toList());
    }

    /** Every status the case has had, oldest first, starting with the one it was opened with. */
    public List<io.casevault.domain.StatusChange> statusChanges(long caseId) {
        return vault.read(h -> {
            find(h, caseId);
            return statusChanges.listByCase(h, caseId);
        });
    }

    public List<Case> trashed() {
        return vault.read(h -> cases.list(h, true));
    }

    public CaseSummary summary(long id, LocalDate today) {
        return vault.read(h -> summarise(h, find(h, id), today));
    }

    private CaseSummary summarise(Db h, Case c, LocalDate today) {
        return new CaseSummary(c, c.daysLeft(today).orElse(null), transactions.count(h, c.id()),
                evidence.count(h, c.id()), followUps.count(h, c.id()));
    }

    /** Edits the fields of a case; each change is written to the audit log as old → new. */
    public Case update(long id, NewCase edited) {
        Objects.requireNonNull(edited);
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Case c = requireActive(h, id);
            cases.update(h, id, edited);
            AuditDetail d = new AuditDetail();
            diff(d, "title", c.title(), edited.title());
            diff(d, "provider", c.provider(), edited.provider());
            diff(d, "accountRef", c.accountRef(), edited.accountRef());
            diff(d, "category", c.category(), edited.category());
            diff(d, "facts", c.facts(), edited.facts());
            diff(d, "amount", c.amount(), edited.amount());
            diff(d, "demands", c.demands(), edited.demands());
            diff(d, "incident", c.incident(), edited.incident());
            diff(d, "windowDays", c.windowDays(), edited.windowDays());
            diff(d, "tags", c.tags(), edited.tags());
            audit.append(h, now, id, "case", id, "field-changed", d.json());
            return null;
        });
        return get(id);
    }

    private static void diff(AuditDetail d, String field, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            d.and(field, oldValue + " → " + newValue);
        }
    }

    /**
     * Deletes a case that is in the trash for good, with its rows; originals no other case uses are removed after the
     * rows are gone. The audit log keeps the history, including this purge.
     */
    public void purge(long id) {
        Instant now = vault.clock().instant();
        List<String> hashes = vault.transaction(h -> {
            Case c = find(h, id);
            if (!c.isTrashed()) {
                throw new io.casevault.domain.DomainException("Case " + id + " is not in the trash; move it there first.");
            }
            List<String> shas = evidence.hashesOfCase(h, id);
            cases.delete(h, id);
            audit.append(h, now, id, "case", id, "purged", AuditDetail.of("title", c.title())
                    .and("originals", shas.size()).json());
            return shas;
        });
        for (String sha : hashes) {
            vault.purgeBlobIfUnused(sha);
        }
    }

    public Case changeStatus(long id, CaseStatus status, String note) {
        Objects.requireNonNull(status);
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Case c = requireActive(h, id);
            if (c.status() != status) {
                cases.updateStatus(h, id, status);
                statusChanges.insert(h, id, now, c.status(), status, note);
                audit.append(h, now, id, "case", id, "field-changed",
                        AuditDetail.change("status", c.status(), status).and("note", note).json());
            }
            return null;
        });
        return get(id);
    }

    /** Moves a case to the trash; everything in it stays and comes back with {@link #restore}. */
    public void trash(long id) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Case c = find(h, id);
            if (!c.isTrashed()) {
                cases.setTrashed(h, id, now);
                audit.append(h, now, id, "case", id, "trashed", AuditDetail.of("title", c.title()).json());
            }
            return null;
        });
    }

    public void restore(long id) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Case c = find(h, id);
            if (c.isTrashed()) {
                cases.setTrashed(h, id, null);
                audit.append(h, now, id, "case", id, "restored", AuditDetail.of("title", c.title()).json());
            }
            return null;
        });
    }
}
