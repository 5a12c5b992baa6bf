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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares exhibits on a few worker threads a little ahead of the page writer and hands them over in order. Reading,
 * hashing and re-encoding images is most of a dossier's work and needs no PDFBox document, so it overlaps with the
 * page writer; the window of prepared exhibits is small and fixed, so the heap stays flat whatever their number.
 */
final class ExhibitPipeline implements AutoCloseable {
    private final ExecutorService pool;
    private final Deque<Future<PreparedExhibit>> window = new ArrayDeque<>();
    private final Iterator<ExhibitInput> pending;
    private final BlobSource blobs;
    private final boolean attachOriginals;
    private final int depth;

    ExhibitPipeline(List<ExhibitInput> exhibits, BlobSource blobs, boolean attachOriginals) {
        this.pending = exhibits.iterator();
        this.blobs = blobs;
        this.attachOriginals = attachOriginals;
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.depth = workers + 2;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "dossier-prepare-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The next exhibit in input order; call once per exhibit. */
    PreparedExhibit next() throws IOException {
        fill();
        Future<PreparedExhibit> head = window.poll();
        if (head == null) {
            throw new IllegalStateException("No exhibit left to prepare");
        }
        fill();
        try {
            return head.get();
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
        while (window.size() < depth && pending.hasNext()) {
            ExhibitInput x = pending.next();
            window.add(pool.submit(() -> PreparedExhibit.prepare(x, blobs, attachOriginals)));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
