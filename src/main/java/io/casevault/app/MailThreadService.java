package io.casevault.app;

import io.casevault.vault.MailRepository;
import io.casevault.vault.Vault;

import java.util.Map;
import java.util.Objects;

/** The conversations of a case's imported e-mails: which follow-ups belong to one thread, for the timeline. */
public final class MailThreadService {
    private final Vault vault;
    private final CaseService cases;
    private final MailRepository mail;

    public MailThreadService(Vault vault, CaseService cases, MailRepository mail) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.mail = Objects.requireNonNull(mail);
    }

    /** The thread id of each of the case's follow-ups made from an e-mail, by follow-up id; others are absent. */
    public Map<Long, String> threads(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return Map.copyOf(mail.threadsOfCase(h, caseId));
        });
    }
}
