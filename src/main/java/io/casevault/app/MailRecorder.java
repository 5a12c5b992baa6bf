package io.casevault.app;

import io.casevault.app.MailStaging.Prepared;
import io.casevault.app.MailStaging.Staged;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Channel;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewFollowUp;
import io.casevault.importer.mail.MailDirection;
import io.casevault.importer.mail.MailMessage;
import io.casevault.importer.mail.MailOrigin;
import io.casevault.importer.mail.MailThreads;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** The case one import goes into, and who the user is. */
    record Context(long caseId, MailDirection direction) {
    }

    /**
     * What is recorded of one message that does not depend on what the vault holds, made by the worker that staged
     * it: its follow-up, the conversation it makes by itself, and its audit detail without the exhibits (their
     * numbers are given when it is stored).
     */
    record Row(NewFollowUp followUp, String thread, String detail) {
        Row {
            Objects.requireNonNull(followUp, "followUp");
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The row of {@code m}, read from {@code origin} ({@code entry} is what threading needs of it); a message without a
     * time is dated {@code now}, in the vault's zone.
     */
    static Row row(Context c, MailOrigin origin, MailMessage m, MailThreads.Entry entry, Instant now, ZoneId zone) {
        NewFollowUp f = followUp(c, m, now, zone);
        String thread = MailThreads.threadOf(entry);
        String detail = AuditDetail.of("at", f.at()).and("channel", f.channel()).and("direction", f.direction())
                .and("ticket", f.ticketRef()).and("summary", f.summary()).and("mail", m.dedupKey())
                .and("thread", thread).and("file", origin.fileName()).and("message", origin.number()).json();
        return new Row(f, thread, detail);
    }

    /**
     * Records {@code ready} in order; the id of each message's follow-up, or null for one the case got meanwhile.
     * {@code exhibits} receives the exhibit numbers used. The new exhibits, the links and the audit entries are each
     * written with one prepared statement, in the order recording one message after another would give them.
     */
    List<Long> record(Db h, Context c, List<Prepared> ready, List<String> exhibits) {
        cases.requireActive(h, c.caseId());
        Set<String> had = mail.importedAmong(h, c.caseId(), ready.stream().map(Prepared::key).toList());
        List<Prepared> storing = new ArrayList<>(ready.size());
        Set<String> keys = new HashSet<>(had);
        for (Prepared p : ready) {
            if (keys.add(p.key())) {
                storing.add(p);
            }
        }
        Instant now = vault.clock().instant();
        Rows rows = new Rows(exhibits);
        exhibitsOf(h, c.caseId(), storing, now, rows);
        List<NewFollowUp> made = storing.stream().map(p -> p.row().followUp()).toList();
        List<Long> inserted = followUps.insertAll(h, made, now);
        Map<Prepared, Long> ids = new java.util.IdentityHashMap<>();
        for (int i = 0; i < storing.size(); i++) {
            message(c, storing.get(i), inserted.get(i), now, rows);
            ids.put(storing.get(i), inserted.get(i));
        }
        details.linkFollowUps(h, rows.links);
        mail.markAllFromMail(h, rows.marks);
        audit.appendAll(h, rows.events);
        List<Long> out = new ArrayList<>(ready.size());
        ready.forEach(p -> out.add(ids.get(p)));
        return out;
    }

    /**
     * The exhibit of every content of {@code storing}, into {@code rows}: the case's own row when it has the content,
     * else a row added now (numbered in the order the messages and their originals come).
     */
    private void exhibitsOf(Db h, long caseId, List<Prepared> storing, Instant now, Rows rows) {
        List<Staged> all = storing.stream().flatMap(p -> p.staged().stream()).toList();
        Set<String> shared = mail.exhibitsAmong(h, caseId, all.stream().map(s -> s.blob().sha256()).toList());
        Map<String, Evidence> out = rows.bySha;
        out.putAll(evidence.findAllInCase(h, caseId, shared)); // one query for the contents the case has
        Map<String, NewEvidence> fresh = new LinkedHashMap<>();
        for (Staged s : all) {
            String sha = s.blob().sha256();
            if (!shared.contains(sha)) {
                fresh.putIfAbsent(sha, newEvidence(caseId, s, now));
            }
        }
        evidence.insertAll(h, caseId, List.copyOf(fresh.values())).forEach(e -> out.put(e.sha256(), e));
        rows.unannounced.addAll(fresh.keySet());
    }

    /**
     * What a batch writes together at its end, in order; the exhibit of each content, and the new ones whose audit
     * entry is not written yet (it comes before that of the first message linked to it).
     */
    private static final class Rows {
        final List<String> exhibits;
        final Map<String, Evidence> bySha = new HashMap<>();
        final Set<String> unannounced = new HashSet<>();
        final List<long[]> links = new ArrayList<>();
        final List<MailRepository.Marked> marks = new ArrayList<>();
        final List<AuditLog.Event> events = new ArrayList<>();

        Rows(List<String> exhibits) {
            this.exhibits = exhibits;
        }
    }

    /** The rows of one message whose follow-up was inserted as {@code id}. */
    private static void message(Context c, Prepared p, long id, Instant now, Rows rows) {
        rows.marks.add(new MailRepository.Marked(id, p.key(), p.row().thread()));
        List<String> linked = new ArrayList<>();
        for (Staged s : p.staged()) {
            Evidence e = rows.bySha.get(s.blob().sha256());
            if (rows.unannounced.remove(e.sha256())) {
                rows.events.add(new AuditLog.Event(now, c.caseId(), "evidence", e.id(), "added",
                        AuditDetail.of("exhibit", e.exhibit()).and("sha256", e.sha256())
                                .and("file", e.originalName()).and("size", e.size())
                                .and("mediaType", e.mediaType()).json()));
            }
            rows.links.add(new long[] {e.id(), id});
            linked.add(e.exhibit());
        }
        rows.exhibits.addAll(linked);
        rows.events.add(new AuditLog.Event(now, c.caseId(), "followup", id, "added",
                AuditDetail.append(p.row().detail(), "evidence", linked)));
    }

    private static NewFollowUp followUp(Context c, MailMessage m, Instant now, ZoneId vaultZone) {
        Instant at = m.date().map(d -> d.at()).orElse(now);
        ZoneId zone = m.date().map(d -> d.zone()).orElse(vaultZone);
        String subject = m.subject().isBlank() ? "(no subject)" : m.subject().strip();
        String summary = m.summary().isBlank() ? subject : subject + " — " + m.summary().strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
        }
        String contact = c.direction().counterpart(m).map(Object::toString).orElse(null);
        return new NewFollowUp(c.caseId(), at, zone, Channel.EMAIL, c.direction().of(m), contact,
                m.reference().orElse(null), summary, null, null);
    }

    /** The row of a stored original the case does not have. */
    private static NewEvidence newEvidence(long caseId, Staged s, Instant now) {
        ProbeResult r = s.probe();
        String type = s.mediaType() != null ? s.mediaType() : r.mediaType();
        Integer width = r != null && r.width().isPresent() ? r.width().getAsInt() : null;
        Integer height = r != null && r.height().isPresent() ? r.height().getAsInt() : null;
        return new NewEvidence(caseId, s.blob().sha256(), s.name(), type, s.blob().size(), width, height,
                r == null ? 1 : r.orientation(), now, CaptureSource.IMPORT_TIME, now, "");
    }
}
