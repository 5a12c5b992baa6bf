package io.casevault.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Work handed to an executor ahead of its use and taken back in the order it was given, with the input bytes it
 * holds until done counted, so the caller can bound how much waits. Taking work that no worker has started runs it on
 * the calling thread: a busy executor slows the caller down but never stalls it.
 */
final class WorkAhead<T> {
    private record Item<T>(FutureTask<T> task, long bytes) {
    }

    private final Executor executor;
    private final String what;
    private final Deque<Item<T>> items = new ArrayDeque<>();
    private long bytes;

    /** @param what what the work does, for the failure's message ("Reading e-mail") */
    WorkAhead(Executor executor, String what) {
        this.executor = Objects.requireNonNull(executor);
        this.what = Objects.requireNonNull(what);
    }

    /** Starts {@code work}, which holds {@code inputBytes} until it is done. */
    void add(Callable<T> work, long inputBytes) {
        FutureTask<T> task = new FutureTask<>(work);
        executor.execute(task::run); // not the task itself: its failure is reported once, by take
        items.add(new Item<>(task, inputBytes));
        bytes += inputBytes;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int size() {
        return items.size();
    }

    /** The input bytes of the work not taken yet. */
    long bytes() {
        return bytes;
    }

    /** The input bytes of the work to be taken next. */
    long nextBytes() {
        return items.isEmpty() ? 0 : items.getFirst().bytes();
    }

    /** The result of the oldest work not taken yet, waiting for it (or doing it) if need be. */
    T take() {
        Item<T> item = items.removeFirst();
        bytes -= item.bytes();
        item.task().run(); // does nothing when a worker has run it or runs it now
        try {
            return item.task().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }
}
