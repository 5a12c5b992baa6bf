package io.casevault.app;

import io.casevault.app.EvidenceStaging.Prepared;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.understanding.FileNameTime;
import io.casevault.media.MediaProbe;
import io.casevault.media.ProbeResult;
import io.casevault.vault.AuditLog;
import io.casevault.vault.BlobStore;
import io.casevault.vault.Db;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.NewEvidence;
import io.casevault.vault.StagedBlob;
import io.casevault.vault.Vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Adds files to a case by the import protocol. Workers of the I/O executor stage, inspect and flush files ahead
 * ({@link EvidenceStaging}); the calling thread records them in the order given, {@value #BATCH} at a time: one
 * commit places a batch's originals, forces their folders once and inserts their rows and audit entries in one
 * transaction, so the disk is synchronised once per batch and a crash leaves whole batches only.
 */
final class EvidenceImport {
    /** Files recorded per commit. */
    static final int BATCH = 16;
    /** Files staged ahead: the next batch is prepared while one is recorded. */
    private static final int IN_FLIGHT = 2 * BATCH;

    private final Vault vault;
    private final CaseService cases;
    private final EvidenceStaging staging;
    private final Executor io;
    private final EvidenceRepository evidence;
    private final AuditLog audit;
    /** Runs just before a file's stamp is compared again; tests change the file here. */
    private volatile Consumer<Path> beforeRecording = file -> { };

    EvidenceImport(Vault vault, CaseService cases, EvidenceStaging staging, Executor io, EvidenceRepository evidence,
                   AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.staging = Objects.requireNonNull(staging);
        this.io = Objects.requireNonNull(io);
        this.evidence = Objects.requireNonNull(evidence);
        this.audit = Objects.requireNonNull(audit);
    }

    /**
     * Adds files in the given order; a rejected file does not stop the others. Up to {@value #IN_FLIGHT} files are
     * prepared ahead on the I/O executor while earlier ones are recorded; the calling thread prepares a file itself
     * when it would otherwise wait for one still queued, so a full executor slows an import but never stalls it.
     */
    List<AddOutcome> add(long caseId, List<Path> files, String caption, Progress progress) {
        return add(caseId, new StagingWindow(files, staging, io), caption, progress);
    }

    /**
     * Files of an add started before the vault's database opened: the first {@value #IN_FLIGHT} are prepared on
     * {@code io} into {@code blobs}, the store of a vault whose write lock is held; {@link #add(long, StagingWindow,
     * String, Progress)} records them, or drops them when the case cannot take them.
     */
    static StagingWindow stageAhead(BlobStore blobs, MediaProbe probe, Executor io, List<Path> files) {
        return new StagingWindow(files, new EvidenceStaging(blobs, probe), io).fill(IN_FLIGHT, Progress.NONE);
    }

    /** As {@link #add(long, List, String, Progress)}, for files that may be staged already; consumes {@code window}. */
    List<AddOutcome> add(long caseId, StagingWindow window, String caption, Progress progress) {
        List<Path> files = window.files();
        List<AddOutcome> outcomes = new ArrayList<>(files.size());
        try {
            vault.requireWritable();
            vault.read(h -> cases.requireActive(h, caseId));
            while (!window.fill(IN_FLIGHT, progress).isEmpty()) {
                List<Prepared> batch = new ArrayList<>(BATCH);
                RuntimeException full = null;
                while (batch.size() < BATCH && !window.isEmpty() && full == null) {
                    try {
                        batch.add(window.take());
                    } catch (RuntimeException e) {
                        if (!DiskFullException.isDiskFull(e)) {
                            batch.forEach(window::discard);
                            throw e;
                        }
                        // the files staged before the disk filled still go in: drop the copies staged after
                        // them first, so the commit that records them has room
                        full = e;
                        window.abandon();
                        try {
                            againAlone(files.get(outcomes.size() + batch.size())).ifPresent(batch::add);
                        } catch (RuntimeException other) {
                            batch.forEach(window::discard);
                            throw other;
                        }
                    }
                }
                for (AddOutcome outcome : record(caseId, batch, caption)) {
                    outcomes.add(outcome);
                    progress.update(outcomes.size(), files.size(), outcome.source());
                }
                if (full != null) {
                    throw full;
                }
            }
        } catch (RuntimeException e) {
            if (DiskFullException.isDiskFull(e, vault.dir())) {
                throw new AddStoppedException(outcomes, new DiskFullException(vault.dir(),
                        bytesOf(files.subList(outcomes.size(), files.size())), e));
            }
            throw e;
        } finally {
            // after a failure, staged copies of files not yet recorded are dropped; the user's files are untouched
            window.abandon();
        }
        return outcomes;
    }

    /**
     * The file whose staging found the disk full, staged once more now that the copies staged after it are gone: they
     * may have taken the room it needed while it waited for a worker, and the files are recorded in order only.
     * Empty when it does not fit either.
     */
    private Optional<Prepared> againAlone(Path file) {
        try {
            return Optional.of(staging.prepare(file));
        } catch (RuntimeException e) {
            if (!DiskFullException.isDiskFull(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Adds bytes that have no file of their own, or were read from one already ({@code fileTime}: its time). */
    AddOutcome addBytes(long caseId, byte[] bytes, String name, String caption, Instant fileTime) {
        vault.requireWritable();
        vault.read(h -> cases.requireActive(h, caseId));
        return record(caseId, List.of(staging.prepare(bytes, name, fileTime)), caption).get(0);
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

    /**
     * Stores a batch of prepared files by one commit of the import protocol, in order: a file refused or changed
     * since it was read is left out; the same content already in the case is not added again.
     */
    private List<AddOutcome> record(long caseId, List<Prepared> batch, String caption) {
        AddOutcome[] out = new AddOutcome[batch.size()];
        List<Integer> storing = new ArrayList<>(batch.size());
        try {
            for (int i = 0; i < batch.size(); i++) {
                Prepared p = batch.get(i);
                Reason refused = p.rejection() != null ? p.rejection() : changedSinceRead(p);
                if (refused != null) {
                    staging.discard(p);
                    out[i] = new AddOutcome.Rejected(p.source(), refused);
                } else {
                    storing.add(i);
                }
            }
            if (!storing.isEmpty()) {
                store(caseId, batch, storing, caption, out);
            }
        } catch (RuntimeException e) {
            batch.forEach(staging::discard);
            throw e;
        }
        return List.of(out);
    }

    private void store(long caseId, List<Prepared> batch, List<Integer> storing, String caption, AddOutcome[] out) {
        List<Prepared> files = storing.stream().map(batch::get).toList();
        List<StagedBlob> blobs = files.stream().map(Prepared::staged).toList();
        try {
            List<AddOutcome> stored = vault.imports().commit(blobs, h -> rows(h, caseId, files, caption));
            for (int k = 0; k < storing.size(); k++) {
                out[storing.get(k)] = stored.get(k);
            }
        } catch (IOException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new UncheckedIOException(e);
            }
            for (int i : storing) {
                out[i] = new AddOutcome.Rejected(batch.get(i).source(), EvidenceStaging.notStored(e));
            }
        }
    }

    /**
     * Inside the commit: the rows and audit entries of a batch, as if added one after another (the case's row for
     * content it has, also when an earlier file of the batch brought it), with one query, one insert of the new rows
     * and one of their audit entries.
     */
    private List<AddOutcome> rows(Db h, long caseId, List<Prepared> files, String caption) {
        Instant now = vault.clock().instant();
        Map<String, Evidence> bySha = evidence.findAllInCase(h, caseId,
                files.stream().map(p -> p.staged().sha256()).toList());
        Map<String, NewEvidence> fresh = new LinkedHashMap<>();
        for (Prepared p : files) {
            if (!bySha.containsKey(p.staged().sha256())) {
                fresh.putIfAbsent(p.staged().sha256(), newEvidence(caseId, p, caption, now));
            }
        }
        List<AuditLog.Event> events = new ArrayList<>(fresh.size());
        for (Evidence e : evidence.insertAll(h, caseId, List.copyOf(fresh.values()))) {
            bySha.put(e.sha256(), e);
            events.add(new AuditLog.Event(now, caseId, "evidence", e.id(), "added", AuditDetail.of("exhibit",
                    e.exhibit()).and("sha256", e.sha256()).and("file", e.originalName()).and("size", e.size())
                    .and("mediaType", e.mediaType()).json()));
        }
        audit.appendAll(h, events);
        Set<String> announced = new HashSet<>();
        List<AddOutcome> rows = new ArrayList<>(files.size());
        for (Prepared p : files) {
            Evidence e = bySha.get(p.staged().sha256());
            boolean added = fresh.containsKey(e.sha256()) && announced.add(e.sha256());
            rows.add(added ? new AddOutcome.Added(p.source(), e) : new AddOutcome.AlreadyPresent(p.source(), e));
        }
        return rows;
    }

    /** Why a file read from disk must not be recorded: it changed or went away after it was read; else null. */
    private Reason changedSinceRead(Prepared p) {
        if (p.stamp() == null) {
            return null;
        }
        Path file = Path.of(p.source());
        beforeRecording.accept(file);
        return p.stamp().refusal(file).orElse(null);
    }

    /** Test seam: {@code hook} runs with each file just before it is checked for changes and recorded. */
    void beforeRecording(Consumer<Path> hook) {
        this.beforeRecording = Objects.requireNonNull(hook);
    }

    private static NewEvidence newEvidence(long caseId, Prepared p, String caption, Instant now) {
        ProbeResult r = p.probe();
        Instant captured = now;
        CaptureSource source = CaptureSource.IMPORT_TIME;
        Path path = Path.of(p.source());
        String name = path.getFileName() == null ? p.source() : path.getFileName().toString();
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
        } else if (p.fileTime() != null) {
            captured = p.fileTime();
            source = CaptureSource.FILE_TIME;
        }
        return new NewEvidence(caseId, p.staged().sha256(), name, r.mediaType(), p.staged().size(),
                r.width().isPresent() ? r.width().getAsInt() : null,
                r.height().isPresent() ? r.height().getAsInt() : null,
                r.orientation(), captured, source, now, caption);
    }
}
