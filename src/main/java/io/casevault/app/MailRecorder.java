package io.casevault.app;

import io.casevault.app.MailStaging.Prepared;
import io.casevault.app.MailStaging.Staged;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Channel;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewFollowUp;
import io.casevault.importer.mail.MailDirection;
import io.casevault.importer.mail.MailMessage;
import io.casevault.media.ProbeResult;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.MailRepository;
import io.casevault.vault.NewEvidence;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows of imported e-mails, written inside the import's transaction: for each message a follow-up marked with
 * its identity and thread, an exhibit for its .eml and each attachment (the case's existing exhibit when it has the
 * same content), the links between them, and the audit entries. The case's state and which messages and contents it
 * has are asked once per batch, not once per message.
 */
final class MailRecorder {
    private static final int MAX_SUMMARY = 500;

    private final Vault vault;
    private final CaseService cases;
    private final FollowUpRepository followUps;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final MailRepository mail;
    private final AuditLog audit;

    MailRecorder(Vault vault, CaseService cases, FollowUpRepository followUps, EvidenceRepository evidence,
            EvidenceDetailsRepository details, MailRepository mail, AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.followUps = Objects.requireNonNull(followUps);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.mail = Objects.requireNonNull(mail);
        this.audit = Objects.requireNonNull(audit);
    }

    /** Who the user is and the thread of every message, by its key, for one import into one case. */
    record Context(long caseId, MailDirection direction, Map<String, String> threads) {
    }

    /**
     * Records {@code ready} in order; the id of each message's follow-up, or null for one the case got meanwhile.
     * {@code exhibits} receives the exhibit numbers used.
     */
    List<Long> record(Db h, Context c, List<Prepared> ready, List<String> exhibits) {
        cases.requireActive(h, c.caseId());
        Set<String> had = mail.importedAmong(h, c.caseId(), ready.stream().map(Prepared::key).toList());
        Set<String> shared = mail.exhibitsAmong(h, c.caseId(), ready.stream()
                .flatMap(p -> p.staged().stream()).map(s -> s.blob().sha256()).toList());
        Rows rows = new Rows(shared, exhibits);
        Instant now = vault.clock().instant();
        List<Long> out = new ArrayList<>(ready.size());
        for (Prepared p : ready) {
            out.add(had.add(p.key()) ? message(h, c, p, now, rows) : null);
        }
        mail.markAllFromMail(h, rows.marks);
        audit.appendAll(h, rows.events);
        return out;
    }

    /**
     * What a batch wrote so far: the exhibits of the contents the case had before it and of those it added, and the
     * marks and audit entries written together at its end, in order.
     */
    private static final class Rows {
        final Set<String> shared;
        final List<String> exhibits;
        final Map<String, Evidence> added = new HashMap<>();
        final List<MailRepository.Marked> marks = new ArrayList<>();
        final List<AuditLog.Event> events = new ArrayList<>();

        Rows(Set<String> shared, List<String> exhibits) {
            this.shared = shared;
            this.exhibits = exhibits;
        }
    }

    private Long message(Db h, Context c, Prepared p, Instant now, Rows rows) {
        MailMessage m = p.message();
        String key = m.dedupKey();
        String thread = c.threads().getOrDefault(key, "");
        NewFollowUp f = followUp(c, m, now);
        long id = followUps.insert(h, f, now);
        rows.marks.add(new MailRepository.Marked(id, key, thread));
        List<String> linked = new ArrayList<>();
        for (Staged s : p.staged()) {
            String sha = s.blob().sha256();
            Evidence e = rows.added.get(sha);
            if (e == null) {
                e = rows.shared.contains(sha) ? evidence.findInCase(h, c.caseId(), sha).orElseThrow()
                        : exhibit(h, c.caseId(), s, now, rows.events);
                rows.added.put(sha, e);
            }
            details.linkFollowUp(h, e.id(), id);
            linked.add(e.exhibit());
        }
        rows.exhibits.addAll(linked);
        rows.events.add(new AuditLog.Event(now, c.caseId(), "followup", id, "added", AuditDetail.of("at", f.at())
                .and("channel", f.channel()).and("direction", f.direction()).and("ticket", f.ticketRef())
                .and("summary", f.summary()).and("mail", key).and("thread", thread)
                .and("file", p.origin().fileName()).and("message", p.origin().number())
                .and("evidence", linked).json()));
        return id;
    }

    private NewFollowUp followUp(Context c, MailMessage m, Instant now) {
        Instant at = m.date().map(d -> d.at()).orElse(now);
        ZoneId zone = m.date().map(d -> d.zone()).orElse(vault.clock().getZone());
        String subject = m.subject().isBlank() ? "(no subject)" : m.subject().strip();
        String summary = m.summary().isBlank() ? subject : subject + " — " + m.summary().strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
        }
        String contact = c.direction().counterpart(m).map(Object::toString).orElse(null);
        return new NewFollowUp(c.caseId(), at, zone, Channel.EMAIL, c.direction().of(m), contact,
                m.reference().orElse(null), summary, null, null);
    }

    /** A new exhibit for a stored original the case does not have. */
    private Evidence exhibit(Db h, long caseId, Staged s, Instant now, List<AuditLog.Event> events) {
        ProbeResult r = s.probe();
        String type = s.mediaType() != null ? s.mediaType() : r.mediaType();
        Integer width = r != null && r.width().isPresent() ? r.width().getAsInt() : null;
        Integer height = r != null && r.height().isPresent() ? r.height().getAsInt() : null;
        Evidence e = evidence.insert(h, new NewEvidence(caseId, s.blob().sha256(), s.name(), type, s.blob().size(),
                width, height, r == null ? 1 : r.orientation(), now, CaptureSource.IMPORT_TIME, now, ""));
        events.add(new AuditLog.Event(now, caseId, "evidence", e.id(), "added", AuditDetail.of("exhibit",
                e.exhibit()).and("sha256", e.sha256()).and("file", e.originalName()).and("size", e.size())
                .and("mediaType", e.mediaType()).json()));
        return e;
    }
}
