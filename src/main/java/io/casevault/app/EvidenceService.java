package io.casevault.app;

import io.casevault.domain.Checks;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;
import io.casevault.media.MediaProbe;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.Vault;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The evidence of a case: adding files ({@link EvidenceImport}: staged, inspected and flushed ahead on the I/O
 * executor, recorded in batches by the import protocol), and the user's edits of captions, tags, links and
 * redactions, each audited. The original files are never modified.
 */
public final class EvidenceService {
    private final Vault vault;
    private final CaseService cases;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final AuditLog audit;
    private final EvidenceImport imports;

    /** @param io where files are copied and inspected ahead of recording (the application's I/O executor) */
    public EvidenceService(Vault vault, CaseService cases, MediaProbe probe, Executor io, EvidenceRepository evidence,
                           EvidenceDetailsRepository details, AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.audit = Objects.requireNonNull(audit);
        this.imports = new EvidenceImport(vault, cases, new EvidenceStaging(vault.blobs(), probe), io, evidence,
                audit);
    }

    /**
     * Adds files in the given order; a rejected file does not stop the others.
     *
     * @throws AddStoppedException when the vault's disk fills, with what went in before
     */
    public List<AddOutcome> add(long caseId, List<Path> files, String caption, Progress progress) {
        return imports.add(caseId, files, caption, progress);
    }

    /** As {@link #add(long, List, String, Progress)}, for files whose staging began before the vault opened. */
    List<AddOutcome> add(long caseId, StagingWindow ahead, String caption, Progress progress) {
        return imports.add(caseId, ahead, caption, progress);
    }

    /** Adds bytes that have no file of their own, such as an image pasted from the clipboard. */
    public AddOutcome addBytes(long caseId, byte[] bytes, String name, String caption) {
        return imports.addBytes(caseId, bytes, name, caption, null);
    }

    /**
     * Adds bytes already read from a file (a statement that was parsed from exactly these bytes), so what is recorded
     * is what was read, whatever happens to the file meanwhile; {@code fileTime} is its modification time.
     */
    AddOutcome addBytes(long caseId, byte[] bytes, String name, String caption, Instant fileTime) {
        return imports.addBytes(caseId, bytes, name, caption, fileTime);
    }

    /** Test seam: {@code hook} runs with each file just before it is checked for changes and recorded. */
    void beforeRecording(Consumer<Path> hook) {
        imports.beforeRecording(hook);
    }

    public Evidence get(long id) {
        return vault.read(h -> find(h, id));
    }

    Evidence find(Db h, long id) {
        return evidence.find(h, id).orElseThrow(() -> new NotFoundException("There is no evidence with id " + id + "."));
    }

    public Evidence updateCaption(long id, String caption) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            updateCaption(h, id, caption, now);
            return null;
        });
        return get(id);
    }

    /** Sets the caption inside the caller's transaction, audited; the old caption. */
    String updateCaption(Db h, long id, String caption, Instant now) {
        String text = Checks.orEmpty(caption);
        Evidence e = find(h, id);
        if (!e.caption().equals(text)) {
            evidence.updateCaption(h, id, text);
            audit.append(h, now, e.caseId(), "evidence", id, "field-changed",
                    AuditDetail.change("caption", e.caption(), text).and("exhibit", e.exhibit()).json());
        }
        return e.caption();
    }

    public Evidence setTags(long id, List<String> tags) {
        List<String> clean = tags.stream().map(Checks::optional).filter(Objects::nonNull).distinct().sorted().toList();
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Evidence e = find(h, id);
            if (!e.tags().equals(clean)) {
                details.replaceTags(h, id, clean);
                audit.append(h, now, e.caseId(), "evidence", id, "field-changed",
                        AuditDetail.change("tags", String.join(",", e.tags()), String.join(",", clean)).json());
            }
            return null;
        });
        return get(id);
    }

    public EvidenceLinks links(long id) {
        return vault.read(h -> details.links(h, id));
    }

    /** Links an evidence item to transactions and follow-ups of its own case. */
    public void setLinks(long id, EvidenceLinks links) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            setLinks(h, id, links, now);
            return null;
        });
    }

    /** As {@link #setLinks(long, EvidenceLinks)}, inside the caller's transaction. */
    void setLinks(Db h, long id, EvidenceLinks links, Instant now) {
        Evidence e = find(h, id);
        for (long t : links.transactionIds()) {
            long c = details.caseOfTransaction(h, t)
                    .orElseThrow(() -> new NotFoundException("There is no transaction with id " + t + "."));
            requireSameCase(e, c);
        }
        for (long f : links.followUpIds()) {
            long c = details.caseOfFollowUp(h, f)
                    .orElseThrow(() -> new NotFoundException("There is no follow-up with id " + f + "."));
            requireSameCase(e, c);
        }
        EvidenceLinks old = details.links(h, id);
        if (!old.equals(links)) {
            details.replaceLinks(h, id, links);
            audit.append(h, now, e.caseId(), "evidence", id, "field-changed",
                    AuditDetail.change("links", old, links).json());
        }
    }

    private static void requireSameCase(Evidence e, long caseId) {
        if (caseId != e.caseId()) {
            throw new DomainException(Reason.of("evidence.foreignLink",
                    "Evidence " + e.exhibit() + " can only be linked to records of its own case.", e.exhibit()));
        }
    }

    public List<Redaction> redactions(long id) {
        return vault.read(h -> details.redactions(h, id));
    }

    /** The boxes of each of these exhibits that has any, by id, read in one go (a case's grid). */
    public Map<Long, List<Redaction>> redactions(Collection<Long> ids) {
        return vault.read(h -> details.redactions(h, ids));
    }

    /** Replaces the redaction boxes of an image; the original file is never touched. */
    public void setRedactions(long id, List<Redaction> boxes) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            setRedactions(h, id, boxes, now);
            return null;
        });
    }

    /** As {@link #setRedactions(long, List)}, inside the caller's transaction. */
    void setRedactions(Db h, long id, List<Redaction> boxes, Instant now) {
        Evidence e = find(h, id);
        if (!e.isImage() || e.width() == null) {
            throw new DomainException(Reason.of("redaction.notImage",
                    "Only images can be redacted; " + e.exhibit() + " is " + e.mediaType() + ".", e.exhibit(),
                    e.mediaType()));
        }
        for (Redaction r : boxes) {
            if (!r.fitsIn(e.width(), e.height())) {
                throw new DomainException(Reason.of("redaction.beyond", "A redaction box reaches outside the "
                        + e.width() + " × " + e.height() + " image " + e.exhibit() + ".", e.width(), e.height(),
                        e.exhibit()));
            }
        }
        List<Redaction> old = details.redactions(h, id);
        if (!old.equals(boxes)) {
            details.replaceRedactions(h, id, boxes);
            audit.append(h, now, e.caseId(), "evidence", id, "field-changed", AuditDetail.change("redactions",
                    old.size() + " boxes", boxes.size() + " boxes").and("boxes", boxes).json());
        }
    }

    public void trash(long id) {
        setTrashed(id, true);
    }

    public void restore(long id) {
        setTrashed(id, false);
    }

    private void setTrashed(long id, boolean trash) {
        Trash.setTrashed(vault, audit, evidence, "evidence", "evidence", id, trash,
                e -> AuditDetail.of("exhibit", e.exhibit()).and("sha256", e.sha256()).json());
    }

    public List<Evidence> trashed(long caseId) {
        return vault.read(h -> evidence.listByCase(h, caseId, true));
    }

    public List<Evidence> list(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return evidence.listByCase(h, caseId, false);
        });
    }
}
