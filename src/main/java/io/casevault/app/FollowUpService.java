package io.casevault.app;

import io.casevault.domain.FollowUp;
import io.casevault.domain.NewFollowUp;
import io.casevault.vault.AuditLog;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Logging contacts with the provider or an authority. */
public final class FollowUpService {
    private final Vault vault;
    private final CaseService cases;
    private final FollowUpRepository followUps;
    private final AuditLog audit;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;

    public FollowUpService(Vault vault, CaseService cases, FollowUpRepository followUps, AuditLog audit,
                           EvidenceRepository evidence, EvidenceDetailsRepository details) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.followUps = Objects.requireNonNull(followUps);
        this.audit = Objects.requireNonNull(audit);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
    }

    public FollowUp add(NewFollowUp f) {
        return add(f, List.of());
    }

    /** Logs a follow-up and links the evidence it refers to (ids of the same case), in one transaction. */
    public FollowUp add(NewFollowUp f, List<Long> evidenceIds) {
        Objects.requireNonNull(f);
        Instant now = vault.clock().instant();
        long id = vault.transaction(h -> {
            cases.requireActive(h, f.caseId());
            long newId = followUps.insert(h, f, now);
            audit.append(h, now, f.caseId(), "followup", newId, "added", AuditDetail.of("at", f.at())
                    .and("channel", f.channel()).and("direction", f.direction()).and("ticket", f.ticketRef())
                    .and("summary", f.summary()).and("due", f.dueDate()).and("evidence", evidenceIds).json());
            for (long e : evidenceIds) {
                var item = evidence.find(h, e).orElseThrow(() -> new NotFoundException("There is no evidence with id " + e + "."));
                if (item.caseId() != f.caseId()) {
                    throw new io.casevault.domain.DomainException("Evidence " + item.exhibit() + " belongs to another case.");
                }
                details.linkFollowUp(h, e, newId);
            }
            return newId;
        });
        return vault.read(h -> followUps.find(h, id)).orElseThrow();
    }

    public List<Long> linkedEvidence(long followUpId) {
        return vault.read(h -> details.evidenceOfFollowUp(h, followUpId));
    }

    public void trash(long id) {
        setTrashed(id, true);
    }

    public void restore(long id) {
        setTrashed(id, false);
    }

    private void setTrashed(long id, boolean trash) {
        Trash.setTrashed(vault, audit, followUps, "followup", "follow-up", id, trash, f -> "{}");
    }

    public List<FollowUp> list(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return followUps.listByCase(h, caseId, false);
        });
    }
}
