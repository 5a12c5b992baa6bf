package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.domain.Orientation;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.RecognisedText;
import io.casevault.domain.Redaction;
import io.casevault.media.MediaSniffer;
import io.casevault.ocr.OcrEngine;
import io.casevault.ocr.OcrException;
import io.casevault.ocr.OcrLine;
import io.casevault.ocr.OcrResult;
import io.casevault.ocr.OcrSettings;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.RecognitionRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Reads the text of image exhibits in the background, one exhibit at a time on one thread, from the queue kept in the
 * vault (so work cut short by closing the app resumes next time). Nothing is read on the import path: {@link #start}
 * queues every image without text and hands one job to the CPU executor. The engine is loaded once, when first
 * needed; when it cannot start (a model file missing or damaged) the service keeps one sentence in
 * {@link #unavailable()} and stops, and the rest of the application carries on.
 */
public final class RecognitionService implements AutoCloseable {
    /** The image types the decoder reads (HEIC and AVIF are kept as evidence but cannot be decoded here). */
    public static final Set<String> READABLE = Set.of(MediaSniffer.PNG, MediaSniffer.JPEG, MediaSniffer.GIF,
            MediaSniffer.BMP, MediaSniffer.WEBP);
    private static final Logger LOG = LoggerFactory.getLogger(RecognitionService.class);

    private final Vault vault;
    private final RecognitionRepository queue;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final Executor cpu;
    private final OcrSettings settings;
    private final ScreenshotSearch search;
    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Set once {@link #keepMissingPages} has looked at the originals in this session. */
    private final AtomicBoolean pagesLookedAt = new AtomicBoolean();
    /** Set when exhibits were queued since the background job last looked at the queue. */
    private final AtomicBoolean more = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile boolean closed;
    private volatile Reason unavailable;
    private volatile java.util.function.LongConsumer afterRead = id -> { };
    private volatile java.util.function.LongConsumer beforeStore = id -> { };
    /** Set while the disk is full: reading stops, the queue stays as it is, and the next start tries again. */
    private volatile Reason paused;
    private volatile Consumer<Reason> onPause = reason -> { };
    private OcrEngine engine;

    public RecognitionService(Vault vault, RecognitionRepository queue, EvidenceRepository evidence,
                              EvidenceDetailsRepository details, Executor cpu, Executor ahead, OcrSettings settings) {
        this.vault = vault;
        this.queue = queue;
        this.evidence = evidence;
        this.details = details;
        this.cpu = cpu;
        this.settings = settings;
        this.search = new ScreenshotSearch(vault, queue, evidence, details, ahead);
    }

    /**
     * Queues every readable image that has no text yet (call it when the vault opens and after each import: added
     * evidence, a bundle, a restore) and, unless a job is already waiting or running, reads the queue in the
     * background. Does nothing on a read-only vault, after {@link #cancel} or once the engine proved unavailable.
     */
    public void start(Progress progress) {
        if (stopped || unavailable != null || !vault.isWritable()) {
            return;
        }
        paused = null;
        try {
            vault.transaction(h -> queue.enqueueMissing(h, READABLE, vault.clock().instant()));
        } catch (RuntimeException e) {
            if (!pauseIfFull(e)) {
                throw e;
            }
            return;
        }
        more.set(true);
        schedule(progress);
    }

    /** Hands one job to the CPU executor unless one is waiting or running: never two threads reading at once. */
    private void schedule(Progress progress) {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            cpu.execute(() -> {
                try {
                    while (more.getAndSet(false)) {
                        readQueue(progress);
                    }
                    keepMissingPages(progress);
                } finally {
                    scheduled.set(false);
                }
                if (more.get() && !stopped) {
                    schedule(progress); // queued after the loop's last look
                }
            });
        } catch (RejectedExecutionException e) {
            scheduled.set(false);
            LOG.debug("Text recognition not started: the application is closing");
        }
    }

    /**
     * Queues what is missing and reads the whole queue on the calling thread (the command line); waits while the
     * background job reads an exhibit.
     *
     * @return how many exhibits were read; when the engine cannot start, {@link #unavailable()} says why
     * @throws DiskFullException when the disk filled: what was read is kept, the rest stays queued
     */
    public int recogniseNow(Progress progress) {
        paused = null;
        int done = 0;
        try {
            if (vault.isWritable()) {
                vault.transaction(h -> queue.enqueueMissing(h, READABLE, vault.clock().instant()));
            }
            done = readQueue(progress);
            keepMissingPages(progress);
        } catch (RuntimeException e) {
            if (!pauseIfFull(e)) {
                throw e;
            }
        }
        if (paused != null) {
            throw new DiskFullException(vault.dir(), -1, Reason.of("ocr.fullDone", "the text of " + done
                    + " screenshots was read and kept, and the others stay queued", done), null);
        }
        return done;
    }

    /**
     * Once the queue is read, the page-ready rows of originals that have none yet (a vault from before they existed):
     * the export then embeds them without preparing them itself ({@link PageImageKeeper}).
     */
    private void keepMissingPages(Progress progress) {
        // once a session: each import queues its exhibits and the queue is read again, but only rows of originals
        // from before page rows existed are missing, and a look at every original each time would be wasted
        if (!stopped && paused == null && vault.isWritable() && !pagesLookedAt.getAndSet(true)) {
            int kept = PageImageKeeper.keepMissing(vault, evidence, () -> stopped || progress.isCancelled());
            if (kept > 0) {
                LOG.info("Page-ready rows kept for {} earlier screenshot(s)", kept);
            }
        }
    }

    /** Why recognition stopped for good in this session (the engine cannot start), if it did. */
    public Optional<Reason> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** Why reading is paused (the disk is full), if it is; the queue is kept and the next start resumes it. */
    public Optional<Reason> paused() {
        return Optional.ofNullable(paused);
    }

    private boolean pauseIfFull(Throwable e) {
        if (!DiskFullException.isDiskFull(e)) {
            return false;
        }
        boolean news = paused == null;
        paused = Reason.of("ocr.pausedDiskFull", "Reading the screenshots' text is paused: the disk holding "
                + vault.dir() + " is full; it goes on once there is space again", vault.dir());
        if (news) {
            LOG.warn("Text recognition paused: {}", e.toString());
            onPause.accept(paused);
        }
        return true;
    }

    /** Tells {@code listener} (on the reading thread) when reading pauses because the disk is full. */
    public void onPause(Consumer<Reason> listener) {
        this.onPause = java.util.Objects.requireNonNull(listener);
    }

    /** How many exhibits wait to be read. */
    public int pending() {
        return vault.read(queue::pending);
    }

    /** The exhibit's recognised lines outside its redaction boxes; empty when it has not been read. */
    public List<RecognisedLine> textOf(long evidenceId) {
        return vault.read(h -> queue.text(h, evidenceId)
                .map(t -> t.outside(details.redactions(h, evidenceId))).orElse(List.of()));
    }

    /**
     * The recognised lines outside their redaction boxes of each of these exhibits that has been read, by exhibit id,
     * in one read of the vault (a dossier's exhibits at once): the same as {@link #textOf} of each, without those not
     * read yet.
     */
    public Map<Long, List<RecognisedLine>> textsOf(Collection<Long> evidenceIds) {
        return vault.read(h -> {
            Map<Long, RecognisedText> texts = queue.texts(h, evidenceIds);
            Map<Long, List<Redaction>> boxes = details.redactions(h, texts.keySet());
            Map<Long, List<RecognisedLine>> lines = new HashMap<>();
            texts.forEach((id, text) -> lines.put(id, text.outside(boxes.getOrDefault(id, List.of()))));
            return lines;
        });
    }

    /** Whether the exhibit's text has been read (possibly with no lines). */
    public boolean isRead(long evidenceId) {
        return vault.read(h -> queue.text(h, evidenceId).isPresent());
    }

    /** An image exhibit whose text outside its redactions holds every word searched for; the snippet is one line. */
    public record Match(long caseId, long evidenceId, String exhibit, String snippet) {
    }

    /**
     * The live exhibits of live cases whose visible text (outside redaction boxes) holds every word of {@code text},
     * ignoring case; text under a box is never found ({@link ScreenshotSearch}).
     */
    public List<Match> search(String text) {
        return search.search(text);
    }

    /** Per case, how many of its exhibits {@link #search} finds. */
    public Map<Long, Integer> casesMatching(String text) {
        return search.casesMatching(text);
    }

    /**
     * Keeps the recognised lines outside redaction boxes in memory from now on, read in the background, for
     * {@link #casesMatching} to scan while the vault is not written.
     */
    public void keepSearchTexts() {
        search.keepShownTexts();
    }

    /** Stops reading after the exhibit being read now; queued exhibits stay queued for the next session. */
    public void cancel() {
        stopped = true;
    }

    private int readQueue(Progress progress) {
        Set<Long> tried = new HashSet<>();
        int done = 0;
        // the number to read, before the first one takes its second or two (the window shows "0 / 10")
        if (!stopped && unavailable == null && paused == null && vault.isWritable()) {
            progress.update(0, pending(), "");
        }
        while (!stopped && !progress.isCancelled() && unavailable == null && paused == null && vault.isWritable()) {
            // held per exhibit, not for the whole queue, so an export that reads one exhibit waits for one at most
            reading.lock();
            try {
                if (stopped) {
                    break; // closed while this thread waited for the lock
                }
                Optional<RecognitionRepository.Queued> next = vault.read(h -> queue.next(h, tried.size() + 1))
                        .stream().filter(q -> !tried.contains(q.evidenceId())).findFirst();
                if (next.isEmpty()) {
                    break;
                }
                long id = next.get().evidenceId();
                tried.add(id);
                if (!readOne(id)) {
                    break;
                }
            } finally {
                reading.unlock();
            }
            done++;
            progress.update(done, done + pending(), "");
        }
        return done;
    }

    /**
     * Reads one exhibit now, on the calling thread, unless its text is stored already (an export reading what the
     * background has not reached yet, even after {@link #cancel}); waits while the background reads another exhibit.
     *
     * @return whether the exhibit has text now; false when the engine cannot start ({@link #unavailable()}), the
     *         vault is read-only, or reading it failed
     */
    public boolean recognise(long evidenceId) {
        if (isRead(evidenceId)) {
            return true;
        }
        if (unavailable != null || !vault.isWritable()) {
            return false;
        }
        reading.lock();
        try {
            if (!closed && !isRead(evidenceId)) {
                readOne(evidenceId);
            }
            return isRead(evidenceId);
        } finally {
            reading.unlock();
        }
    }

    /** Reads one exhibit; false when the engine cannot start or the disk is full. */
    private boolean readOne(long id) {
        Optional<Evidence> found = vault.read(h -> evidence.find(h, id));
        if (found.isEmpty()) {
            vault.transaction(h -> queue.store(h, id, new RecognisedText(List.of(), "none", "none"),
                    vault.clock().instant()));
            return true;
        }
        Evidence e = found.get();
        OcrEngine ready = engine();
        if (ready == null) {
            return false;
        }
        try {
            BufferedImage image = ThumbnailService.decode(vault.blobs().path(e.sha256()), e.mediaType(),
                    Integer.MAX_VALUE);
            if (image == null) {
                throw new IOException("no decoder produced an image");
            }
            OcrResult result = ready.recognise(image, new Orientation(e.orientation()));
            beforeStore.accept(id);
            RecognisedText text = new RecognisedText(result.lines().stream().map(RecognitionService::line).toList(),
                    result.engine(), result.modelVersion());
            boolean kept = vault.transaction(h -> queue.store(h, id, text, vault.clock().instant()));
            LOG.debug("{}: {} line(s) read{}", e.exhibit(), text.lines().size(), kept ? "" : ", exhibit removed");
            if (kept) {
                whenRead(id);
                if (MediaSniffer.PNG.equals(e.mediaType())) {
                    PageImageKeeper.keep(vault.blobs(), e.sha256());
                }
            }
        } catch (IOException | OcrException | RuntimeException ex) {
            if (pauseIfFull(ex)) {
                return false; // not this exhibit's fault: it stays queued
            }
            String why = e.exhibit() + " (" + e.originalName() + ") cannot be read: " + ex.getMessage();
            LOG.warn("Text recognition failed: {}", why);
            vault.transaction(h -> {
                queue.failed(h, id, why);
                return null;
            });
        }
        return true;
    }

    /** Whom to tell, with the exhibit's id, after an exhibit's text was stored (suggestions are made from it). */
    void onRead(java.util.function.LongConsumer listener) {
        this.afterRead = java.util.Objects.requireNonNull(listener);
    }

    /**
     * Whom to tell, on the reading thread, when an exhibit's text has been recognised and is about to be stored: the
     * moment an exhibit may have been removed meanwhile (the tests remove it there).
     */
    void onRecognised(java.util.function.LongConsumer listener) {
        this.beforeStore = java.util.Objects.requireNonNull(listener);
    }

    private void whenRead(long id) {
        try {
            afterRead.accept(id);
        } catch (RuntimeException ex) {
            // the text is stored; what is proposed from it is made again when the case's suggestions are listed
            LOG.warn("Proposing from the text of evidence {} failed", id, ex);
        }
    }

    private OcrEngine engine() {
        if (engine == null && unavailable == null) {
            try {
                engine = OcrEngine.load(settings);
            } catch (OcrException e) {
                if (pauseIfFull(e)) {
                    return null; // its native library could not be unpacked: tried again once there is space
                }
                unavailable = e.reason();
                LOG.warn("Text recognition is off for this session: {}", e.getMessage());
            }
        }
        return engine;
    }

    private static RecognisedLine line(OcrLine l) {
        return new RecognisedLine(l.text(), l.confidence(), l.x(), l.y(), l.w(), l.h());
    }

    /** Stops after the exhibit being read now and closes the engine. */
    @Override
    public void close() {
        stopped = true;
        closed = true;
        reading.lock();
        try {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        } finally {
            reading.unlock();
        }
    }
}
