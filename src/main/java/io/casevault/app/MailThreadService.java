package io.casevault.app;

import io.casevault.domain.FollowUp;
import io.casevault.importer.mail.MailThreads;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.MailRepository;
import io.casevault.vault.Vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The conversations of a case's imported e-mails: which follow-ups belong to one thread, for the timeline. */
public final class MailThreadService {
    private final Vault vault;
    private final CaseService cases;
    private final FollowUpRepository followUps;
    private final MailRepository mail;

    public MailThreadService(Vault vault, CaseService cases, FollowUpRepository followUps, MailRepository mail) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.followUps = Objects.requireNonNull(followUps);
        this.mail = Objects.requireNonNull(mail);
    }

    /**
     * The case's e-mail conversations (follow-ups not in the trash), each with its subject — the first message's
     * without Re:/Fwd: prefixes — and its follow-ups in time order; in the order they started.
     */
    public List<MailConversation> conversations(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            Map<Long, String> threadOf = mail.threadsOfCase(h, caseId);
            Map<String, List<FollowUp>> members = new LinkedHashMap<>();
            for (FollowUp f : followUps.listByCase(h, caseId, false)) {
                String thread = threadOf.get(f.id());
                if (thread != null && !thread.isEmpty()) {
                    members.computeIfAbsent(thread, t -> new ArrayList<>()).add(f);
                }
            }
            List<MailConversation> out = new ArrayList<>();
            members.forEach((id, fs) -> out.add(new MailConversation(id, subject(fs.get(0)),
                    fs.stream().map(FollowUp::id).toList())));
            return out;
        });
    }

    /** A follow-up made from an e-mail reads "subject — first lines" (see {@link MailImportService}). */
    private static String subject(FollowUp first) {
        String s = first.summary();
        int dash = s.indexOf(" — ");
        return MailThreads.baseSubject(dash < 0 ? s : s.substring(0, dash));
    }

    /** One conversation: its id, subject and follow-ups, oldest first. */
    public record MailConversation(String id, String subject, List<Long> followUpIds) {
        public MailConversation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(subject, "subject");
            followUpIds = List.copyOf(followUpIds);
        }
    }
}
