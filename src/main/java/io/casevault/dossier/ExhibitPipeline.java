package io.casevault.dossier;

import io.casevault.domain.BlobSource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Prepares exhibits on the given executor ahead of the page writer and hands them over in order. Reading, hashing and
 * re-encoding images is most of a dossier's work and needs no PDFBox document, so it overlaps with the page writer,
 * and starts as soon as the pipeline is made: the writer creates it before loading the fonts and writing the front
 * matter. The window of exhibits in hand is bounded in number and in the originals' bytes, so the heap stays flat
 * whatever their number. The page writer prepares an exhibit itself when it would otherwise wait for one still queued.
 */
final class ExhibitPipeline implements AutoCloseable {
    private final Executor executor;
    private final Deque<Slot> window = new ArrayDeque<>();
    private final Iterator<ExhibitInput> pending;
    private final Preparer preparer;
    /** At least this many exhibits are in hand, whatever their size, so every worker has one to prepare. */
    private final int depth;
    /** Beyond {@link #depth}, more are started while the originals in hand stay within {@link #MAX_BYTES_AHEAD}. */
    private static final int MAX_AHEAD = 16;
    private static final long MAX_BYTES_AHEAD = 48L << 20;
    private long bytesAhead;

    /** How one exhibit is read and prepared (the submission copy brings its re-encoded images this way). */
    @FunctionalInterface
    interface Preparer {
        PreparedExhibit prepare(ExhibitInput x) throws IOException;
    }

    private record Slot(FutureTask<PreparedExhibit> task, long bytes) {
    }

    /** Starts preparing the first exhibits at once. @param workers how many the executor should prepare at once */
    ExhibitPipeline(List<ExhibitInput> exhibits, BlobSource blobs, boolean attachOriginals, Executor executor,
                    int workers) {
        this(exhibits, x -> PreparedExhibit.prepare(x, blobs, attachOriginals), executor, workers);
    }

    ExhibitPipeline(List<ExhibitInput> exhibits, Preparer preparer, Executor executor, int workers) {
        this.pending = exhibits.iterator();
        this.preparer = preparer;
        this.executor = executor;
        this.depth = workers + 2;
        fill();
    }

    /** The next exhibit in input order; call once per exhibit. */
    PreparedExhibit next() throws IOException {
        fill();
        Slot slot = window.poll();
        if (slot == null) {
            throw new IllegalStateException("No exhibit left to prepare");
        }
        bytesAhead -= slot.bytes();
        fill();
        return result(slot.task());
    }

    /**
     * The task's result, run here when no worker has started it yet (so a busy executor never leaves the caller
     * waiting), with its failure rethrown as it was thrown.
     */
    static <T> T result(FutureTask<T> task) throws IOException {
        task.run(); // does nothing when a worker has started it already
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while preparing an exhibit");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private void fill() {
        while (pending.hasNext() && (window.size() < depth
                || window.size() < MAX_AHEAD && bytesAhead < MAX_BYTES_AHEAD)) {
            ExhibitInput x = pending.next();
            FutureTask<PreparedExhibit> task =
                    new FutureTask<>(() -> preparer.prepare(x));
            executor.execute(task::run); // not the task itself: its failure is reported once, by next()
            long bytes = x.evidence().size();
            window.add(new Slot(task, bytes));
            bytesAhead += bytes;
        }
    }

    /** Exhibits not started yet are dropped; those being prepared finish on their own and are discarded. */
    @Override
    public void close() {
        window.forEach(slot -> slot.task().cancel(false));
        window.clear();
    }
}
