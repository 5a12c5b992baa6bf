package io.casevault.vault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The last rows read with a few keys, kept until the vault is next written: a case's transactions are read by the
 * transactions tab, the evidence tab (to link) and the timeline in turn, and by each again when it is reopened; with
 * 10,000 of them that read was most of the tabs' opening. Only the writer's vault keeps rows: it holds the lock, so no
 * other process writes its database, and every write of this one goes through a {@link Db}, which tells this class
 * when it starts and ends. Rows read while a write was under way, or with one starting meanwhile, are not kept.
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

    /** @param enabled false for a vault only read: another process may be writing it */
    UnchangedReads(boolean enabled) {
        this.enabled = enabled;
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
        synchronized (this) {
            before = enabled && writing == 0 ? generation : -1;
            if (before >= 0 && before == rowsGeneration && rows.containsKey(key)) {
                return (T) rows.get(key);
            }
        }
        T value = read.get();
        synchronized (this) {
            if (before >= 0 && before == generation && writing == 0) {
                if (rowsGeneration != before) {
                    rows.clear();
                    rowsGeneration = before;
                }
                rows.put(key, value);
            }
        }
        return value;
    }
}
