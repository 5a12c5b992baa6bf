package io.casevault.app;

import io.casevault.domain.FollowUp;
import io.casevault.domain.NewFollowUp;
import io.casevault.vault.AuditLog;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Logging contacts with the provider or an authority. */
public final class FollowUpService {
    private final Vault vault;
    private final CaseService cases;
    private final FollowUpRepository followUps = new FollowUpRepository();
    private final AuditLog audit = new AuditLog();

    public FollowUpService(Vault vault, CaseService cases) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
    }

    public FollowUp add(NewFollowUp f) {
        Objects.requireNonNull(f);
        Instant now = vault.clock().instant();
        long id = vault.transaction(h -> {
            cases.requireActive(h, f.caseId());
            long newId = followUps.insert(h, f, now);
            audit.append(h, now, f.caseId(), "followup", newId, "added", AuditDetail.of("at", f.at())
                    .and("channel", f.channel()).and("direction", f.direction()).and("ticket", f.ticketRef())
                    .and("summary", f.summary()).and("due", f.dueDate()).json());
            return newId;
        });
        return vault.read(h -> followUps.find(h, id)).orElseThrow();
    }

    public List<FollowUp> list(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return followUps.listByCase(h, caseId, false);
        });
    }
}
