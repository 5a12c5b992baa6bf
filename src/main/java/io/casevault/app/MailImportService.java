package io.casevault.app;

import io.casevault.app.MailStaging.Prepared;
import io.casevault.domain.Reason;
import io.casevault.importer.mail.MailDirection;
import io.casevault.importer.mail.MailFileReader;
import io.casevault.importer.mail.MailOrigin;
import io.casevault.importer.mail.MailParser;
import io.casevault.importer.mail.MailThreads;
import io.casevault.media.MediaProbe;
import io.casevault.vault.AuditLog;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.MailRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Imports e-mail (.eml and mbox files) into a case. Each message becomes a follow-up on the e-mail channel (outgoing
 * when it is from one of the user's own addresses, so the guidance starts that channel's response clock, and the
 * provider's reply stops it); its exact bytes become a {@code message/rfc822} exhibit and its attachments, after the
 * same media checks as any file, exhibits too, all linked to that follow-up ({@link MailRecorder}).
 * Files are read once, a message at a time, so an mbox is never held in memory whole: the calling thread splits a file
 * into messages, and the I/O executor's workers parse and stage them ({@link MailStaging}).
 * A message is stored whole or not at all: its originals, rows, links and audit entries go through one
 * {@link io.casevault.vault.ImportProtocol#commit}, shared by a batch of messages (the disk is synchronised once per
 * batch), while the next batch is staged.
 * A message is stored in the conversation it makes by itself ({@link MailThreads#threadOf}: a reply names its first
 * message, which every reply keeps); when the import ends, all its messages are grouped ({@link MailThreads#group}),
 * and one that the others join to another conversation (by its subject, or a reply referring to two) is moved to it,
 * with an audit entry ({@code thread-rederived}). So the threads are known without reading every file twice.
 * A message the case has already (same Message-ID, else same bytes) is skipped.
 */
public final class MailImportService {
    private static final Logger LOG = LoggerFactory.getLogger(MailImportService.class);
    /** Messages stored per commit, at most: the import's disk synchronisations are paid once per batch. */
    private static final int BATCH = 1000;
    /** Bytes of messages stored per commit, at most (the messages waiting to be staged are held in memory). */
    private static final long BATCH_BYTES = 16L << 20;

    private final Vault vault;
    private final CaseService cases;
    private final MailRepository mail;
    private final MailAddressService addresses;
    private final Executor io;
    private final AuditLog audit;
    private final MailStaging staging;
    private final MailRecorder recorder;

    /** @param io where messages are parsed and staged ahead of the commits (the application's I/O executor) */
    public MailImportService(Vault vault, CaseService cases, MediaProbe probe, FollowUpRepository followUps,
            EvidenceRepository evidence, EvidenceDetailsRepository details, MailRepository mail, AuditLog audit,
            MailAddressService addresses, Executor io) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.mail = Objects.requireNonNull(mail);
        this.addresses = Objects.requireNonNull(addresses);
        this.io = Objects.requireNonNull(io);
        this.audit = Objects.requireNonNull(audit);
        this.staging = new MailStaging(vault, probe);
        this.recorder = new MailRecorder(vault, cases, followUps, evidence, details, mail, audit);
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
    public Optional<String> thread(long followUpId) {
        return vault.read(h -> mail.threadOf(h, followUpId));
    }

    /** Imports every message of {@code files} into the case; a file or message that cannot be read is named. */
    public MailImportResult importFiles(long caseId, List<Path> files, Progress progress) {
        vault.requireWritable();
        vault.read(h -> cases.requireActive(h, caseId));
        MailParser parser = new MailParser(vault.clock().getZone());
        Batch batch = new Batch(new MailRecorder.Context(caseId, new MailDirection(ownAddresses())),
                new WorkAhead<>(io, "Storing e-mail"));
        batch.imported.addAll(vault.read(h -> mail.importedKeys(h, caseId)));
        int done = 0;
        try {
            for (Path file : files) {
                if (progress.isCancelled()) {
                    break;
                }
                batch.reading(file);
                read(file, parser, unread -> enqueue(batch, parser, unread), batch.problems::add,
                        () -> progress.isCancelled() || batch.fileChanged);
                flushAll(batch);
                progress.update(++done, files.size(), file.toString());
            }
            rethread(batch);
        } catch (RuntimeException e) {
            abandon(batch.ahead, e);
            if (DiskFullException.isDiskFull(e)) {
                throw new DiskFullException(vault.dir(), bytesOf(files.subList(done, files.size())),
                        batch.doneSoFar(), e);
            }
            throw e;
        } finally {
            batch.contents.discardUnplaced(vault.blobs());
        }
        return new MailImportResult(batch.followUps.size(), batch.skipped, batch.attachments, batch.followUps,
                batch.problems);
    }

    /** Hands each message of {@code file}, unparsed, to {@code each} until the file ends or {@code stop} says so. */
    private static void read(Path file, MailParser parser, Consumer<MailFileReader.Unread> each,
            Consumer<Reason> unreadable, BooleanSupplier stop) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
             MailFileReader reader = MailFileReader.open(in, name, parser)) {
            while (reader.hasNext() && !stop.getAsBoolean()) {
                each.accept(reader.nextUnread());
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
     * Hands a message to the workers, which parse it and, unless the case has it, stage its originals. Once two
     * batches wait, the first is stored: its staging had all the time the second was read, and the second's staging
     * goes on while the first is stored.
     */
    private void enqueue(Batch batch, MailParser parser, MailFileReader.Unread unread) {
        Set<String> imported = batch.imported;
        MailContents contents = batch.contents;
        MailRecorder.Context context = batch.context;
        batch.ahead.add(() -> staging.prepare(unread, parser, context, imported, contents), unread.size());
        if (batch.ahead.size() >= 2 * BATCH || batch.ahead.bytes() >= BATCH_BYTES + BATCH_BYTES / 2) {
            flush(batch);
        }
    }

    /**
     * Stores the oldest batch of staged messages in one commit of the import protocol: their originals placed and all
     * their rows in one transaction, so a crash leaves all of them or none, and the disk is synchronised once per
     * batch instead of once per message. A message whose originals could not be staged is named and left out; a
     * message met before in this import, or that the case has, is skipped.
     */
    private void flush(Batch batch) {
        List<Prepared> ready = new ArrayList<>();
        long bytes = 0;
        while (!batch.ahead.isEmpty() && ready.size() < BATCH && bytes < BATCH_BYTES) {
            bytes += batch.ahead.nextBytes();
            Prepared p = batch.ahead.take();
            if (p.entry() != null) {
                batch.entries.add(p.entry());
            }
            if (p.unreadable()) {
                batch.problems.addAll(p.problems());
            } else if (p.known() || batch.imported.contains(p.key()) || !batch.queuedKeys.add(p.key())) {
                staging.discard(p);
                batch.skipped++;
            } else {
                batch.problems.addAll(p.problems());
                Optional<IOException> failure = Optional.ofNullable(p.failure()).or(() -> batch.contents.lost(p));
                if (failure.isPresent()) {
                    stopIfFull(failure.get());
                    staging.discard(p);
                    batch.problems.add(notStored(p.origin(), failure.get()));
                } else {
                    ready.add(p);
                }
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        MailContents.Placing placing = batch.contents.placing(ready, vault.blobs());
        if (batch.fileChanged) {
            placing.own.forEach(vault.blobs()::discard); // read after a change already named: none of it is recorded
            return;
        }
        Optional<Reason> changed = batch.changedSinceRead();
        if (changed.isPresent()) {
            // what was read since the last commit may hold the change: none of it is recorded, and reading stops
            placing.own.forEach(vault.blobs()::discard);
            batch.fileChanged = true;
            MailOrigin first = ready.get(0).origin();
            batch.problems.add(Reason.of("mail.fileChanged", "'" + batch.file + "' was not imported from "
                    + first.describe().english() + " on: " + changed.get().english(), batch.file,
                    first.describe(), changed.get()));
            return;
        }
        List<Long> ids;
        try {
            ids = vault.imports().commit(placing.blobs, h -> recorder.record(h, batch.context, ready,
                    batch.exhibits));
        } catch (IOException e) {
            batch.contents.failed(placing.handedShared, e);
            stopIfFull(e);
            ready.forEach(m -> batch.problems.add(notStored(m.origin(), e)));
            return;
        }
        batch.contents.committed(placing.shared, placing.handedShared, vault.blobs());
        for (int i = 0; i < ready.size(); i++) {
            if (ids.get(i) == null) {
                batch.skipped++;
            } else {
                String key = ready.get(i).key();
                batch.followUps.add(ids.get(i));
                batch.attachments += ready.get(i).staged().size() - 1;
                batch.imported.add(key);
                batch.threads.put(key, new MailRepository.Marked(ids.get(i), key, ready.get(i).row().thread()));
            }
        }
    }

    /** Stores what is queued when a file ends. */
    private void flushAll(Batch batch) {
        while (!batch.ahead.isEmpty()) {
            flush(batch);
        }
        batch.queuedKeys.clear();
    }

    /** The thread id of each of these messages, by {@link io.casevault.importer.mail.MailMessage#dedupKey()}. */
    private static Map<String, String> threadIds(List<MailThreads.Entry> entries) {
        Map<String, String> out = new HashMap<>();
        for (MailThreads.MailThread t : MailThreads.group(entries)) {
            t.messages().forEach(e -> out.put(e.key(), t.id()));
        }
        return out;
    }

    /**
     * Groups all the messages of the files into threads, now that every one is known, and moves each of the case's
     * messages among them whose conversation is another to its thread, in one transaction with an audit entry each:
     * those stored now (in the conversation each made by itself), and those the case had (stored by an earlier import
     * of the same files, or one that was stopped before it grouped them). When that fails, the messages keep the
     * threads they were in and the failure is named.
     */
    private void rethread(Batch batch) {
        if (batch.entries.isEmpty()) {
            return;
        }
        long caseId = batch.context.caseId();
        Map<String, String> threads = threadIds(batch.entries);
        Map<String, MailRepository.Marked> had = new HashMap<>();
        List<String> known = threads.keySet().stream().filter(k -> !batch.threads.containsKey(k)).toList();
        if (!known.isEmpty()) {
            had.putAll(vault.read(h -> mail.markedAmong(h, caseId, known)));
        }
        had.putAll(batch.threads);
        List<Move> moved = new ArrayList<>();
        had.values().stream().sorted(Comparator.comparingLong(MailRepository.Marked::followUpId)).forEach(was -> {
            String now = threads.get(was.mailKey());
            if (now != null && !now.equals(was.threadId())) {
                moved.add(new Move(was.followUpId(), was.threadId(), now));
            }
        });
        if (moved.isEmpty()) {
            return;
        }
        try {
            vault.transaction(h -> {
                Instant now = vault.clock().instant();
                List<AuditLog.Event> events = new ArrayList<>();
                for (Move m : moved) {
                    mail.setThread(h, m.followUpId(), m.to());
                    events.add(new AuditLog.Event(now, caseId, "followup", m.followUpId(), "thread-rederived",
                            AuditDetail.change("thread", m.from(), m.to()).json()));
                }
                audit.appendAll(h, events);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Regrouping {} imported messages into threads failed", moved.size(), e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            batch.problems.add(Reason.of("mail.notRethreaded", moved.size() + " messages stay in the conversations "
                    + "they were stored in: " + why + ".", moved.size(), why));
        }
    }

    /** After a failure, drops what the messages not stored yet staged (the next open would remove it too). */
    private void abandon(WorkAhead<Prepared> ahead, RuntimeException failure) {
        while (!ahead.isEmpty()) {
            try {
                staging.discard(ahead.take());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
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

    private static Reason notStored(MailOrigin origin, IOException e) {
        String why = String.valueOf(e.getMessage());
        return Reason.of("mail.notStored", capitalised(origin.describe().english())
                + " could not be stored: " + why + ".", origin.describe(), why);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The state of one import: the case, who the user is, the threads, and what happened so far. */
    private static final class Batch {
        final MailRecorder.Context context;
        /** Messages being parsed and staged ahead, not stored yet. */
        final WorkAhead<Prepared> ahead;
        /** What the case has: before the import, and what it stored so far; the workers read it. */
        final Set<String> imported = ConcurrentHashMap.newKeySet();
        /** The attachments staged and checked so far, once per content; the workers use it. */
        final MailContents contents = new MailContents();
        /** The keys of the messages of this file met so far, so a message twice in it is stored once. */
        final Set<String> queuedKeys = new HashSet<>();
        final List<Long> followUps = new ArrayList<>();
        final List<Reason> problems = new ArrayList<>();
        final List<String> exhibits = new ArrayList<>();
        /** What threading needs of every message read so far, in the order read. */
        final List<MailThreads.Entry> entries = new ArrayList<>();
        /** The follow-up and thread each message stored by this import was given, by its key. */
        final Map<String, MailRepository.Marked> threads = new HashMap<>();
        int skipped;
        int attachments;
        Path file;
        FileStamp stamp;
        boolean fileChanged;

        Batch(MailRecorder.Context context, WorkAhead<Prepared> ahead) {
            this.context = context;
            this.ahead = ahead;
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

    /** A follow-up made from an e-mail moved from one conversation to another. */
    private record Move(long followUpId, String from, String to) {
    }
}
