package io.casevault.app;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Channel;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.Reason;
import io.casevault.importer.mail.MailAttachment;
import io.casevault.importer.mail.MailDirection;
import io.casevault.importer.mail.MailFileReader;
import io.casevault.importer.mail.MailItem;
import io.casevault.importer.mail.MailMessage;
import io.casevault.importer.mail.MailOrigin;
import io.casevault.importer.mail.MailParser;
import io.casevault.importer.mail.MailThreads;
import io.casevault.media.MediaProbe;
import io.casevault.media.MediaRejectedException;
import io.casevault.media.ProbeResult;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.MailRepository;
import io.casevault.vault.NewEvidence;
import io.casevault.vault.StagedBlob;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Imports e-mail (.eml and mbox files) into a case. Each message becomes a follow-up on the e-mail channel (outgoing
 * when it is from one of the user's own addresses, so the guidance starts that channel's response clock, and the
 * provider's reply stops it); its exact bytes become a {@code message/rfc822} exhibit and its attachments, after the
 * same media checks as any file, exhibits too, all linked to that follow-up. A message is stored whole or not at
 * all: its originals, rows, links and audit entries go through one {@link io.casevault.vault.ImportProtocol#commit},
 * shared by a batch of messages staged ahead on the I/O executor (the disk is synchronised once per batch).
 * A message the case has already (same Message-ID, else same bytes) is skipped. Files are read twice: first to group
 * all their messages into threads, then to store them one at a time, so an mbox is never held in memory whole.
 */
public final class MailImportService {
    private static final Logger LOG = LoggerFactory.getLogger(MailImportService.class);
    private static final int MAX_SUMMARY = 500;
    private static final int MAX_NAME = 80;
    /** Messages stored per commit: the import's disk synchronisations are paid once per batch. */
    private static final int BATCH = 64;
    private static final long BATCH_BYTES = 16L << 20;

    private final Vault vault;
    private final CaseService cases;
    private final MediaProbe probe;
    private final FollowUpRepository followUps;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final MailRepository mail;
    private final AuditLog audit;
    private final MailAddressService addresses;
    private final Executor io;

    /** @param io where messages are staged ahead of the commits (the application's I/O executor) */
    public MailImportService(Vault vault, CaseService cases, MediaProbe probe, FollowUpRepository followUps,
            EvidenceRepository evidence, EvidenceDetailsRepository details, MailRepository mail, AuditLog audit,
            MailAddressService addresses, Executor io) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.probe = Objects.requireNonNull(probe);
        this.followUps = Objects.requireNonNull(followUps);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.mail = Objects.requireNonNull(mail);
        this.audit = Objects.requireNonNull(audit);
        this.addresses = Objects.requireNonNull(addresses);
        this.io = Objects.requireNonNull(io);
    }

    /** The user's own addresses (lower case): a message from one of them is one the user sent. */
    public List<String> ownAddresses() {
        return addresses.ownAddresses();
    }

    /**
     * Remembers the user's own addresses for this vault, replacing those stored before (the e-mails imported already
     * are judged again, see {@link MailAddressService#setOwnAddresses}).
     */
    public List<String> setOwnAddresses(Collection<String> own) {
        return addresses.setOwnAddresses(own).addresses();
    }

    /** The conversation of a follow-up made from an e-mail; empty for other follow-ups. */
    public java.util.Optional<String> thread(long followUpId) {
        return vault.read(h -> mail.threadOf(h, followUpId));
    }

    /** Imports every message of {@code files} into the case; a file or message that cannot be read is named. */
    public MailImportResult importFiles(long caseId, List<Path> files, Progress progress) {
        vault.requireWritable();
        vault.read(h -> cases.requireActive(h, caseId));
        Map<String, String> threads = threads(files, progress);
        Batch batch = new Batch(caseId, new MailDirection(ownAddresses()), threads);
        int done = 0;
        try {
            for (Path file : files) {
                if (progress.isCancelled()) {
                    break;
                }
                batch.reading(file);
                read(file, item -> {
                    if (item instanceof MailItem.Read r) {
                        enqueue(batch, r);
                    } else if (item instanceof MailItem.Failed f) {
                        batch.problems.add(f.reason());
                    }
                }, batch.problems::add, () -> progress.isCancelled() || batch.fileChanged);
                flushAll(batch);
                progress.update(++done, files.size(), file.toString());
            }
        } catch (RuntimeException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw new DiskFullException(vault.dir(), bytesOf(files.subList(done, files.size())),
                        batch.doneSoFar(), e);
            }
            throw e;
        }
        return new MailImportResult(batch.followUps.size(), batch.skipped, batch.attachments, batch.followUps,
                batch.problems);
    }

    /** The thread id of every message of the files, by {@link MailMessage#dedupKey()}. */
    private Map<String, String> threads(List<Path> files, Progress progress) {
        List<MailThreads.Entry> entries = new ArrayList<>();
        for (Path file : files) {
            read(file, item -> {
                if (item instanceof MailItem.Read r) {
                    entries.add(MailThreads.Entry.of(r.message()));
                }
            }, problem -> { }, progress::isCancelled);
        }
        Map<String, String> out = new HashMap<>();
        for (MailThreads.MailThread t : MailThreads.group(entries)) {
            t.messages().forEach(e -> out.put(e.key(), t.id()));
        }
        return out;
    }

    /** Hands each message of {@code file} to {@code each} until the file ends or {@code stop} says so. */
    private void read(Path file, Consumer<MailItem> each, Consumer<Reason> unreadable, BooleanSupplier stop) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        MailParser parser = new MailParser(vault.clock().getZone());
        try (InputStream in = Files.newInputStream(file);
             MailFileReader reader = MailFileReader.open(in, name, parser)) {
            while (reader.hasNext() && !stop.getAsBoolean()) {
                each.accept(reader.next());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            unreadable.accept(Reason.of("mail.fileMissing", "'" + file + "' does not exist.", file));
        } catch (IOException | java.io.UncheckedIOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            unreadable.accept(Reason.of("mail.fileUnreadable",
                    "'" + file + "' could not be read: " + why + ".", file, why));
        }
    }

    /**
     * Queues a message: skipped when the case has it, else its originals are staged ahead on the I/O executor. Once
     * the queue holds {@link #BATCH} messages or {@link #BATCH_BYTES} bytes, the queue before it is stored: its
     * staging had all the time this one was read, and this one's staging goes on while it is stored.
     */
    private void enqueue(Batch batch, MailItem.Read item) {
        String key = item.message().dedupKey();
        if (!batch.queuedKeys.add(key) || vault.read(h -> mail.isImported(h, batch.caseId, key))) {
            batch.skipped++;
            return;
        }
        FutureTask<StagedMessage> task = new FutureTask<>(() -> stage(item));
        io.execute(task::run); // not the task itself: its failure is reported once, by flush
        batch.queue.add(task);
        batch.queuedBytes += item.bytes().length;
        if (batch.queue.size() >= BATCH || batch.queuedBytes >= BATCH_BYTES) {
            flush(batch, batch.previous);
            batch.previous = batch.queue;
            batch.queue = new ArrayList<>();
            batch.queuedBytes = 0;
        }
    }

    /**
     * Stores the queued messages in one commit of the import protocol: their originals placed and all their rows in
     * one transaction, so a crash leaves all of them or none, and the disk is synchronised once per batch instead of
     * once per message. A message whose originals could not be staged is named and left out.
     */
    private void flush(Batch batch, List<FutureTask<StagedMessage>> queued) {
        List<StagedMessage> ready = new ArrayList<>();
        for (FutureTask<StagedMessage> task : queued) {
            task.run(); // does nothing when a worker has run it or runs it now
            try {
                StagedMessage m = task.get();
                batch.problems.addAll(m.problems());
                if (m.failure() != null) {
                    stopIfFull(m.failure());
                    batch.problems.add(notStored(m.item().origin(), m.failure()));
                } else {
                    ready.add(m);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while storing e-mail", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Staging e-mail failed", e.getCause());
            }
        }
        queued.clear();
        if (ready.isEmpty()) {
            return;
        }
        List<StagedBlob> blobs = ready.stream().flatMap(m -> m.staged().stream()).map(Staged::blob).toList();
        if (batch.fileChanged) {
            blobs.forEach(vault.blobs()::discard); // read after a change already named: none of it is recorded
            return;
        }
        Optional<Reason> changed = batch.changedSinceRead();
        if (changed.isPresent()) {
            // what was read since the last commit may hold the change: none of it is recorded, and reading stops
            blobs.forEach(vault.blobs()::discard);
            batch.fileChanged = true;
            MailOrigin first = ready.get(0).item().origin();
            batch.problems.add(Reason.of("mail.fileChanged", "'" + batch.file + "' was not imported from "
                    + first.describe().english() + " on: " + changed.get().english(), batch.file,
                    first.describe(), changed.get()));
            return;
        }
        try {
            List<Long> ids = vault.imports().commit(blobs, h -> {
                List<Long> out = new ArrayList<>();
                for (StagedMessage m : ready) {
                    out.add(record(h, batch, m.item(), m.staged()));
                }
                return out;
            });
            for (int i = 0; i < ready.size(); i++) {
                if (ids.get(i) == null) {
                    batch.skipped++;
                } else {
                    batch.followUps.add(ids.get(i));
                    batch.attachments += ready.get(i).staged().size() - 1;
                }
            }
        } catch (IOException e) {
            stopIfFull(e);
            ready.forEach(m -> batch.problems.add(notStored(m.item().origin(), e)));
        }
    }

    /** Stores what is queued when a file ends: the queue before the last, then the last. */
    private void flushAll(Batch batch) {
        flush(batch, batch.previous);
        flush(batch, batch.queue);
        batch.queuedKeys.clear();
        batch.queuedBytes = 0;
    }

    /** A full disk is no problem of one message: the import stops (a plain IOException would be read as one). */
    private void stopIfFull(IOException e) {
        if (DiskFullException.isDiskFull(e)) {
            throw new DiskFullException(vault.dir(), -1, e);
        }
    }

    private static long bytesOf(List<Path> files) {
        long sum = 0;
        for (Path f : files) {
            try {
                sum += Files.size(f);
            } catch (IOException e) {
                // a file that cannot be read is named in the problems, not counted here
            }
        }
        return sum;
    }

    /** Stages a message's bytes and its attachments, checking each attachment like any file. */
    private StagedMessage stage(MailItem.Read item) {
        MailMessage m = item.message();
        List<Staged> staged = new ArrayList<>();
        List<Reason> problems = new ArrayList<>();
        try {
            staged.add(new Staged(flushed(vault.blobs().stage(new ByteArrayInputStream(item.bytes()))), emlName(m),
                    "message/rfc822", null));
            for (MailAttachment a : m.attachments()) {
                Staged s = stageAttachment(problems, a, item.origin());
                if (s != null) {
                    staged.add(s);
                }
            }
            return new StagedMessage(item, staged, problems, null);
        } catch (IOException e) {
            staged.forEach(s -> vault.blobs().discard(s.blob()));
            return new StagedMessage(item, List.of(), problems, e);
        }
    }

    /**
     * Forces a staged original to disk here, on the worker, so the batch's commit has only its folders to force;
     * dropped when that fails.
     */
    private StagedBlob flushed(StagedBlob blob) throws IOException {
        try {
            return vault.blobs().flush(blob);
        } catch (IOException e) {
            vault.blobs().discard(blob);
            throw e;
        }
    }

    /** Stages, checks and flushes one attachment like any file; a refused one is named in {@code problems} (null). */
    private Staged stageAttachment(List<Reason> problems, MailAttachment a, MailOrigin origin) throws IOException {
        StagedBlob blob = vault.blobs().stage(a.open());
        ProbeResult checked;
        try {
            checked = probe.probe(blob.tmp());
        } catch (MediaRejectedException e) {
            vault.blobs().discard(blob);
            problems.add(refused(a, origin, e.reason()));
            return null;
        } catch (IOException | RuntimeException e) {
            vault.blobs().discard(blob);
            LOG.warn("Inspecting attachment {} of {} failed", a.fileName(), origin, e);
            problems.add(refused(a, origin, Reason.of("evidence.uninspectable",
                    "it could not be inspected: " + e.getMessage() + ".", e.getMessage())));
            return null;
        }
        return new Staged(flushed(blob), safeName(a.fileName()), null, checked);
    }

    private static Reason refused(MailAttachment a, MailOrigin origin, Reason why) {
        return Reason.of("mail.attachmentRefused", "The attachment '" + a.fileName() + "' of "
                + origin.describe().english() + " was not stored: " + why.english(), a.fileName(), origin.describe(),
                why);
    }

    private static Reason notStored(MailOrigin origin, IOException e) {
        String why = String.valueOf(e.getMessage());
        return Reason.of("mail.notStored", capitalised(origin.describe().english())
                + " could not be stored: " + why + ".", origin.describe(), why);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The rows of one message, in the import's transaction; null when the case got the message meanwhile. */
    private Long record(Db h, Batch batch, MailItem.Read item, List<Staged> staged) {
        MailMessage m = item.message();
        String key = m.dedupKey();
        if (mail.isImported(h, batch.caseId, key)) {
            return null;
        }
        cases.requireActive(h, batch.caseId);
        Instant now = vault.clock().instant();
        String thread = batch.threads.getOrDefault(key, "");
        NewFollowUp f = followUp(batch, m, now);
        long id = followUps.insert(h, f, now);
        mail.markFromMail(h, id, key, thread);
        List<String> exhibits = new ArrayList<>();
        for (Staged s : staged) {
            Evidence e = exhibit(h, batch.caseId, s, now);
            details.linkFollowUp(h, e.id(), id);
            exhibits.add(e.exhibit());
        }
        batch.exhibits.addAll(exhibits);
        audit.append(h, now, batch.caseId, "followup", id, "added", AuditDetail.of("at", f.at())
                .and("channel", f.channel()).and("direction", f.direction()).and("ticket", f.ticketRef())
                .and("summary", f.summary()).and("mail", key).and("thread", thread)
                .and("file", item.origin().fileName()).and("message", item.origin().number())
                .and("evidence", exhibits).json());
        return id;
    }

    private NewFollowUp followUp(Batch batch, MailMessage m, Instant now) {
        Instant at = m.date().map(d -> d.at()).orElse(now);
        ZoneId zone = m.date().map(d -> d.zone()).orElse(vault.clock().getZone());
        String subject = m.subject().isBlank() ? "(no subject)" : m.subject().strip();
        String summary = m.summary().isBlank() ? subject : subject + " — " + m.summary().strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
        }
        String contact = batch.direction.counterpart(m).map(Object::toString).orElse(null);
        return new NewFollowUp(batch.caseId, at, zone, Channel.EMAIL, batch.direction.of(m), contact,
                m.reference().orElse(null), summary, null, null);
    }

    /** The exhibit of a stored original: the case's row for this content when there is one, else a new one. */
    private Evidence exhibit(Db h, long caseId, Staged s, Instant now) {
        var existing = evidence.findInCase(h, caseId, s.blob().sha256());
        if (existing.isPresent()) {
            return existing.get();
        }
        ProbeResult r = s.probe();
        String type = s.mediaType() != null ? s.mediaType() : r.mediaType();
        Integer width = r != null && r.width().isPresent() ? r.width().getAsInt() : null;
        Integer height = r != null && r.height().isPresent() ? r.height().getAsInt() : null;
        Evidence e = evidence.insert(h, new NewEvidence(caseId, s.blob().sha256(), s.name(), type, s.blob().size(),
                width, height, r == null ? 1 : r.orientation(), now, CaptureSource.IMPORT_TIME, now, ""));
        audit.append(h, now, caseId, "evidence", e.id(), "added", AuditDetail.of("exhibit", e.exhibit())
                .and("sha256", e.sha256()).and("file", e.originalName()).and("size", e.size())
                .and("mediaType", e.mediaType()).json());
        return e;
    }

    /** {@code <subject>.eml}, without characters file systems refuse; {@code message.eml} without a subject. */
    static String emlName(MailMessage m) {
        String base = safeName(MailThreads.baseSubject(m.subject()));
        if (base.length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME).strip();
        }
        return (base.isEmpty() ? "message" : base) + ".eml";
    }

    static String safeName(String name) {
        return name.replaceAll("[\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    /** A message with its originals staged, the attachments refused, or why it could not be staged at all. */
    private record StagedMessage(MailItem.Read item, List<Staged> staged, List<Reason> problems,
            IOException failure) {
    }

    /** One staged original: an e-mail (its media type given) or an attachment (its media type from the probe). */
    private record Staged(StagedBlob blob, String name, String mediaType, ProbeResult probe) {
    }

    /** The state of one import: the case, who the user is, the threads, and what happened so far. */
    private static final class Batch {
        final long caseId;
        final MailDirection direction;
        final Map<String, String> threads;
        final List<Long> followUps = new ArrayList<>();
        final List<Reason> problems = new ArrayList<>();
        /**
         * Messages staged ahead, not stored yet (the queue being read, and the one before it); the keys of a file's
         * messages, so a message twice in it is staged once.
         */
        List<FutureTask<StagedMessage>> queue = new ArrayList<>();
        List<FutureTask<StagedMessage>> previous = new ArrayList<>();
        final java.util.Set<String> queuedKeys = new java.util.HashSet<>();
        long queuedBytes;
        final List<String> exhibits = new ArrayList<>();
        int skipped;
        int attachments;
        Path file;
        FileStamp stamp;
        boolean fileChanged;

        Batch(long caseId, MailDirection direction, Map<String, String> threads) {
            this.caseId = caseId;
            this.direction = direction;
            this.threads = threads;
        }

        /** Starts the file whose messages come next: what it is now is what they must still come from. */
        void reading(Path next) {
            file = next;
            fileChanged = false;
            try {
                stamp = FileStamp.of(next);
            } catch (IOException e) {
                stamp = null; // reading it fails and names it
            }
        }

        Optional<Reason> changedSinceRead() {
            return stamp == null ? Optional.empty() : stamp.refusal(file);
        }

        /** What went in before the disk filled: the messages and their exhibits (a re-run skips them). */
        Reason doneSoFar() {
            if (followUps.isEmpty()) {
                return Reason.of("mail.fullNone", "no message went in");
            }
            String shown = exhibits.size() <= 6 ? String.join(", ", exhibits)
                    : exhibits.get(0) + " … " + exhibits.get(exhibits.size() - 1);
            return Reason.of("mail.fullPartly", followUps.size() + " messages went in, as exhibits " + shown,
                    followUps.size(), shown);
        }
    }
}
