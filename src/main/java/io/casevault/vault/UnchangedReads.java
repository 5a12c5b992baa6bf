package io.casevault.vault;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The last rows read with a key, kept until the vault is next written: a case's transactions are read by the
 * transactions tab, the evidence tab (to link) and the timeline in turn, and by each again when it is reopened; with
 * 10,000 of them that read was most of the tabs' opening. Only the writer's vault keeps rows: it holds the lock, so no
 * other process writes its database, and every write of this one goes through a {@link Db}, which tells this class
 * when it starts and ends. Rows read while a write was under way, or with one starting meanwhile, are not kept.
 */
final class UnchangedReads {
    private final boolean enabled;
    private long generation;
    private int writing;
    private Object key;
    private Object rows;
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
            if (before >= 0 && before == rowsGeneration && key.equals(this.key)) {
                return (T) rows;
            }
        }
        T value = read.get();
        synchronized (this) {
            if (before >= 0 && before == generation && writing == 0) {
                this.key = key;
                this.rows = value;
                this.rowsGeneration = before;
            }
        }
        return value;
    }
}
