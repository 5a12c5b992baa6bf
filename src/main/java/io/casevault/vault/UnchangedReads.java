package io.casevault.vault;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The last rows read with a few keys, kept until the vault is next written: a case's transactions are read by the
 * transactions tab, the evidence tab (to link) and the timeline in turn, and by each again when it is reopened; with
 * 10,000 of them that read was most of the tabs' opening. Only the writer's vault keeps rows: it holds the lock, so no
 * other process writes its database, and every write of this one goes through a {@link Db}, which tells this class
 * when it starts and ends. Rows read while a write was under way, or with one starting meanwhile, are not kept.
 * A read of a key that another thread is reading already, with no write since that read started, waits for it and
 * shares its rows rather than reading them again: a tab opened while its rows are being read ahead (see
 * {@code TransactionService.readAhead}) takes them when they are ready.
 */
final class UnchangedReads {
    /** Keys kept: a case's transactions and its timeline, and those of the case shown before it. */
    private static final int KEPT = 4;

    private final boolean enabled;
    private long generation;
    private int writing;
    /** The rows kept, read at {@link #rowsGeneration}; the least recently asked for goes first. */
    private final Map<Object, Object> rows = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > KEPT;
        }
    };
    private long rowsGeneration = -1;
    /** The reads under way, by key, with the generation each started at. */
    private final Map<Object, Reading> reading = new HashMap<>();

    private record Reading(long generation, Thread reader, CompletableFuture<Object> rows) {
    }

    /** @param enabled false for a vault only read: another process may be writing it */
    UnchangedReads(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** The generation of what the database holds: -1 while a write is under way, and always when not enabled. */
    synchronized long mark() {
        return enabled && writing == 0 ? generation : -1;
    }

    synchronized void writeStarted() {
        writing++;
        generation++;
    }

    synchronized void writeEnded() {
        generation++;
        writing--;
    }

    /**
     * The rows {@code read} gave for this key, when no write started since; else reads them. {@code read} must give an
     * unmodifiable value (the callers share it), and one key always the same type of value.
     */
    @SuppressWarnings("unchecked") // one key, one type: the caller's promise
    <T> T read(Object key, Supplier<T> read) {
        Objects.requireNonNull(key);
        long before;
        Reading other = null;
        CompletableFuture<Object> mine = null;
        synchronized (this) {
            before = mark();
            if (before >= 0 && before == rowsGeneration && rows.containsKey(key)) {
                return (T) rows.get(key);
            }
            Reading under = before >= 0 ? reading.get(key) : null;
            if (under != null && under.reader() == Thread.currentThread()) {
                // a read of this key inside its own read: it reads, rather than wait for itself
            } else if (under != null && under.generation() == before) {
                other = under;
            } else if (before >= 0) {
                mine = new CompletableFuture<>();
                reading.put(key, new Reading(before, Thread.currentThread(), mine));
            }
        }
        if (other != null) {
            try {
                return (T) other.rows().get();
            } catch (ExecutionException e) {
                return read.get(); // that read failed: this one tries for itself (and says why, if it fails too)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for rows being read", e);
            }
        }
        T value;
        try {
            value = read.get();
        } catch (RuntimeException | Error e) {
            finish(key, mine, null, e);
            throw e;
        }
        synchronized (this) {
            if (before >= 0 && before == generation && writing == 0) {
                if (rowsGeneration != before) {
                    rows.clear();
                    rowsGeneration = before;
                }
                rows.put(key, value);
            }
        }
        finish(key, mine, value, null);
        return value;
    }

    /** Ends this thread's read of {@code key}: those waiting for it get its rows, or read for themselves. */
    private void finish(Object key, CompletableFuture<Object> mine, Object value, Throwable failure) {
        if (mine == null) {
            return;
        }
        synchronized (this) {
            Reading current = reading.get(key);
            if (current != null && current.rows() == mine) { // not a newer read of the key, begun after a write
                reading.remove(key);
            }
        }
        if (failure == null) {
            mine.complete(value);
        } else {
            mine.completeExceptionally(failure);
        }
    }
}
