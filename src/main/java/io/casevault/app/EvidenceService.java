package io.casevault.app;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Checks;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;
import io.casevault.domain.understanding.FileNameTime;
import io.casevault.media.MediaProbe;
import io.casevault.media.MediaRejectedException;
import io.casevault.media.ProbeResult;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.NewEvidence;
import io.casevault.vault.StagedBlob;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Adds files to a case by the import protocol: stream into staging while hashing, flush, inspect the staged bytes,
 * move atomically to the hash path, then one transaction for the row and its audit entry. Copying and inspecting run
 * on the application's I/O executor; recording happens in the caller's order, one file at a time, so a crash leaves
 * whole items only.
 */
public final class EvidenceService {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);
    private static final Reason PERMISSION_DENIED =
            Reason.of("evidence.permission", "it cannot be read (permission denied).");
    private static final int IN_FLIGHT = 8;

    private final Vault vault;
    private final CaseService cases;
    private final MediaProbe probe;
    private final Executor io;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final AuditLog audit;
    /** Runs just before a file's stamp is compared again; tests change the file here. */
    private volatile Consumer<Path> beforeRecording = file -> { };

    /** @param io where files are copied and inspected ahead of recording (the application's I/O executor) */
    public EvidenceService(Vault vault, CaseService cases, MediaProbe probe, Executor io, EvidenceRepository evidence,
                           EvidenceDetailsRepository details, AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.io = Objects.requireNonNull(io);
        this.cases = Objects.requireNonNull(cases);
        this.probe = Objects.requireNonNull(probe);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.audit = Objects.requireNonNull(audit);
    }

    /**
     * Adds files in the given order; a rejected file does not stop the others. Up to {@value #IN_FLIGHT} files are
     * copied and inspected ahead on the I/O executor while earlier ones are recorded; the calling thread copies a file
     * itself when it would otherwise wait for one still queued, so a full executor slows an import but never stalls it.
     */
    public List<AddOutcome> add(long caseId, List<Path> files, String caption, Progress progress) {
        vault.requireWritable();
        vault.read(h -> cases.requireActive(h, caseId));
        List<AddOutcome> outcomes = new ArrayList<>(files.size());
        Deque<FutureTask<Prepared>> window = new ArrayDeque<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        int next = 0;
        try {
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < IN_FLIGHT && !progress.isCancelled()) {
                    Path file = files.get(next++);
                    FutureTask<Prepared> task = new FutureTask<>(() -> abandoned.get() ? null : prepare(file));
                    io.execute(task::run); // not the task itself: its failure is reported once, by await
                    window.add(task);
                }
                if (window.isEmpty()) {
                    break;
                }
                Prepared p = await(window.removeFirst());
                AddOutcome outcome;
                try {
                    outcome = p.rejection != null ? new AddOutcome.Rejected(p.source, p.rejection)
                            : record(caseId, p, caption);
                } catch (RuntimeException e) {
                    if (p.staged != null) {
                        vault.blobs().discard(p.staged);
                    }
                    throw e;
                }
                outcomes.add(outcome);
                progress.update(outcomes.size(), files.size(), p.source);
            }
        } catch (RuntimeException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new AddStoppedException(outcomes, new DiskFullException(vault.dir(),
                        bytesOf(files.subList(outcomes.size(), files.size())), e));
            }
            throw e;
        } finally {
            // after a failure, staged copies of files not yet recorded are dropped; the user's files are untouched
            abandoned.set(true);
            for (FutureTask<Prepared> f : window) {
                try {
                    Prepared p = await(f);
                    if (p != null && p.staged != null) {
                        vault.blobs().discard(p.staged);
                    }
                } catch (RuntimeException e) {
                    LOG.debug("abandoned staging", e);
                }
            }
        }
        return outcomes;
    }

    private static long bytesOf(List<Path> files) {
        long sum = 0;
        for (Path f : files) {
            try {
                sum += Files.isRegularFile(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                // an unreadable file would be refused anyway
            }
        }
        return sum;
    }

    /** Adds bytes that have no file of their own, such as an image pasted from the clipboard. */
    public AddOutcome addBytes(long caseId, byte[] bytes, String name, String caption) {
        return addBytes(caseId, bytes, name, caption, null);
    }

    /**
     * Adds bytes already read from a file (a statement that was parsed from exactly these bytes), so what is recorded
     * is what was read, whatever happens to the file meanwhile; {@code fileTime} is its modification time.
     */
    AddOutcome addBytes(long caseId, byte[] bytes, String name, String caption, Instant fileTime) {
        vault.requireWritable();
        vault.read(h -> cases.requireActive(h, caseId));
        Prepared p;
        try {
            StagedBlob staged = vault.blobs().stage(new java.io.ByteArrayInputStream(bytes));
            p = inspect(name, staged, fileTime, null);
        } catch (IOException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new UncheckedIOException(e);
            }
            return new AddOutcome.Rejected(name, notStored(e));
        }
        return p.rejection != null ? new AddOutcome.Rejected(name, p.rejection) : record(caseId, p, caption);
    }

    private static Prepared await(FutureTask<Prepared> f) {
        f.run(); // does nothing when a worker has started it already
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Adding evidence was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Adding evidence failed", e.getCause());
        }
    }

    private Prepared prepare(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            return Prepared.rejected(source, Reason.of("evidence.missing", "the file does not exist."));
        }
        if (Files.isDirectory(file)) {
            return Prepared.rejected(source,
                    Reason.of("evidence.folder", "it is a folder, not a file; add the files inside it."));
        }
        if (!Files.isRegularFile(file)) {
            return Prepared.rejected(source, Reason.of("evidence.notRegular", "it is not a regular file."));
        }
        if (!Files.isReadable(file)) {
            return Prepared.rejected(source, PERMISSION_DENIED);
        }
        FileStamp stamp;
        StagedBlob staged;
        try {
            stamp = FileStamp.of(file);
            staged = vault.blobs().stage(file);
        } catch (NoSuchFileException e) {
            return Prepared.rejected(source,
                    Reason.of("evidence.disappeared", "the file disappeared while it was being read."));
        } catch (AccessDeniedException e) {
            return Prepared.rejected(source, PERMISSION_DENIED);
        } catch (IOException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new UncheckedIOException(e); // the vault's disk, not this file: the import stops
            }
            return Prepared.rejected(source,
                    Reason.of("evidence.unreadable", "it could not be read: " + e.getMessage() + ".", e.getMessage()));
        }
        return inspect(source, staged, stamp.modified().toInstant(), stamp);
    }

    private Prepared inspect(String source, StagedBlob staged, Instant fileTime, FileStamp stamp) {
        try {
            ProbeResult result = probe.probe(staged.tmp());
            String claimed = imageExtension(source);
            if (claimed != null && !result.isImage()) {
                vault.blobs().discard(staged);
                return Prepared.rejected(source, Reason.of("evidence.notPicture",
                        "it is named like an image (." + claimed + ") but contains "
                        + describeType(result.mediaType()) + ", not a picture.", claimed, result.mediaType()));
            }
            return new Prepared(source, staged, result, fileTime, stamp, null);
        } catch (MediaRejectedException e) {
            vault.blobs().discard(staged);
            return Prepared.rejected(source, e.reason());
        } catch (IOException | RuntimeException e) {
            vault.blobs().discard(staged);
            LOG.warn("Inspecting {} failed", source, e);
            return Prepared.rejected(source,
                    Reason.of("evidence.uninspectable", "it could not be inspected: " + e.getMessage() + ".",
                            e.getMessage()));
        }
    }

    /** The extension when a name claims an image format; a JPEG named .png is fine, text named .png is not. */
    private static String imageExtension(String source) {
        String name = source.toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return java.util.Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "heic").contains(ext) ? ext : null;
    }

    private static Reason notStored(IOException e) {
        return Reason.of("evidence.notStored", "it could not be stored: " + e.getMessage() + ".", e.getMessage());
    }

    private static String describeType(String mediaType) {
        return switch (mediaType) {
            case "text/plain" -> "plain text";
            case "text/html" -> "an HTML page";
            case "application/pdf" -> "a PDF document";
            case "application/octet-stream" -> "data of an unknown kind";
            default -> mediaType + " data";
        };
    }

    /** Stores one prepared file by the import protocol; the same content already in the case is not added again. */
    private AddOutcome record(long caseId, Prepared p, String caption) {
        Reason changed = changedSinceRead(p);
        if (changed != null) {
            vault.blobs().discard(p.staged);
            return new AddOutcome.Rejected(p.source, changed);
        }
        try {
            return vault.imports().commit(List.of(p.staged), h -> {
                var existing = evidence.findInCase(h, caseId, p.staged.sha256());
                if (existing.isPresent()) {
                    return new AddOutcome.AlreadyPresent(p.source, existing.get());
                }
                Instant now = vault.clock().instant();
                Evidence e = evidence.insert(h, newEvidence(caseId, p, caption, now));
                audit.append(h, now, caseId, "evidence", e.id(), "added", AuditDetail.of("exhibit", e.exhibit())
                        .and("sha256", e.sha256()).and("file", e.originalName()).and("size", e.size())
                        .and("mediaType", e.mediaType()).json());
                return new AddOutcome.Added(p.source, e);
            });
        } catch (IOException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new UncheckedIOException(e);
            }
            return new AddOutcome.Rejected(p.source, notStored(e));
        }
    }

    /** Why a file read from disk must not be recorded: it changed or went away after it was read; else null. */
    private Reason changedSinceRead(Prepared p) {
        if (p.stamp == null) {
            return null;
        }
        Path file = Path.of(p.source);
        beforeRecording.accept(file);
        return p.stamp.refusal(file).orElse(null);
    }

    /** Test seam: {@code hook} runs with each file just before it is checked for changes and recorded. */
    void beforeRecording(Consumer<Path> hook) {
        this.beforeRecording = Objects.requireNonNull(hook);
    }

    private static NewEvidence newEvidence(long caseId, Prepared p, String caption, Instant now) {
        ProbeResult r = p.probe;
        Instant captured = now;
        CaptureSource source = CaptureSource.IMPORT_TIME;
        String name = Path.of(p.source).getFileName() == null ? p.source : Path.of(p.source).getFileName().toString();
        var fromName = FileNameTime.parse(name, now);
        if (r.exifDateTime().isPresent()) {
            // EXIF stores wall-clock time; without an offset tag the camera's zone is unknown, so take this machine's.
            var zone = r.exifOffset().map(o -> (ZoneId) o).orElse(ZoneId.systemDefault());
            captured = r.exifDateTime().get().atZone(zone).toInstant();
            source = CaptureSource.EXIF;
        } else if (fromName.isPresent()) {
            // like EXIF, a name holds the device's wall-clock time (unless it says UTC or epoch): this machine's zone
            captured = fromName.get().toInstant(ZoneId.systemDefault());
            source = CaptureSource.FILENAME;
        } else if (p.fileTime != null) {
            captured = p.fileTime;
            source = CaptureSource.FILE_TIME;
        }
        return new NewEvidence(caseId, p.staged.sha256(), name, r.mediaType(), p.staged.size(),
                r.width().isPresent() ? r.width().getAsInt() : null,
                r.height().isPresent() ? r.height().getAsInt() : null,
                r.orientation(), captured, source, now, caption);
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

    private record Prepared(String source, StagedBlob staged, ProbeResult probe, Instant fileTime, FileStamp stamp,
                            Reason rejection) {
        static Prepared rejected(String source, Reason reason) {
            return new Prepared(source, null, null, null, null, reason);
        }
    }
}
