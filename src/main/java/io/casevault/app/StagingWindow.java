package io.casevault.app;

import io.casevault.app.EvidenceStaging.Prepared;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The files of one add, prepared ({@link EvidenceStaging#prepare}) on the I/O executor ahead of their recording and
 * taken back in the order given. It may be started before the vault's database is open: staging needs only the
 * blob store of a vault whose write lock is held. Whoever started it abandons it when done or failed, which drops
 * the staged copies of the files not taken.
 */
final class StagingWindow {
    private static final Logger LOG = LoggerFactory.getLogger(StagingWindow.class);

    private final List<Path> files;
    private final EvidenceStaging staging;
    private final Executor io;
    private final Deque<FutureTask<Prepared>> started = new ArrayDeque<>();
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private int next;

    StagingWindow(List<Path> files, EvidenceStaging staging, Executor io) {
        this.files = List.copyOf(files);
        this.staging = Objects.requireNonNull(staging);
        this.io = Objects.requireNonNull(io);
    }

    List<Path> files() {
        return files;
    }

    /** Starts preparing the next files until {@code limit} are started and not taken; none once cancelled. */
    StagingWindow fill(int limit, Progress progress) {
        while (next < files.size() && started.size() < limit && !progress.isCancelled() && !abandoned.get()) {
            Path file = files.get(next++);
            FutureTask<Prepared> task = new FutureTask<>(() -> abandoned.get() ? null : staging.prepare(file));
            io.execute(task::run); // not the task itself: its failure is reported once, by take
            started.add(task);
        }
        return this;
    }

    /** Whether every file started was taken. */
    boolean isEmpty() {
        return started.isEmpty();
    }

    /**
     * The oldest file started and not taken, prepared: waited for, or prepared on the calling thread when no worker
     * has begun it (a full executor slows an add but never stalls it).
     */
    Prepared take() {
        FutureTask<Prepared> task = started.removeFirst();
        task.run(); // does nothing when a worker has started it already
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Adding evidence was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Adding evidence failed", e.getCause());
        }
    }

    /** Stops preparing files and drops the copies staged (or being staged) of those not taken. */
    void abandon() {
        abandoned.set(true);
        while (!started.isEmpty()) {
            try {
                discard(take());
            } catch (RuntimeException e) {
                LOG.debug("abandoned staging", e);
            }
        }
    }

    /** Drops the staged copy of a prepared file, as the staging that prepared it does. */
    void discard(Prepared p) {
        staging.discard(p);
    }
}
