package io.casevault.vault;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import java.util.Objects;

/**
 * The vault's database for the length of one {@link Vault#read} or {@link Vault#transaction}: what repositories take.
 * Code outside {@code vault} only hands it from one repository call to the next, so every statement of a transaction
 * runs on the same connection; it cannot run SQL through it (the methods that do are package-private).
 */
public final class Db {
    private final Handle handle;
    private final UnchangedReads reads;
    /** True once a statement that may write ran outside a transaction: the read ends a write when it closes. */
    private boolean wrote;

    /** @param inTransaction true in a {@link Vault#transaction}, which tells {@code reads} of its write itself */
    Db(Handle handle, UnchangedReads reads, boolean inTransaction) {
        this.handle = Objects.requireNonNull(handle);
        this.reads = Objects.requireNonNull(reads);
        this.wrote = inTransaction;
    }

    Query createQuery(String sql) {
        return handle.createQuery(sql);
    }

    Update createUpdate(String sql) {
        writing();
        return handle.createUpdate(sql);
    }

    org.jdbi.v3.core.statement.PreparedBatch prepareBatch(String sql) {
        writing();
        return handle.prepareBatch(sql);
    }

    /** A statement for many rows bound by position ({@link RowBatch}), for the bulk inserts of large imports. */
    RowBatch rowBatch(String sql) {
        writing();
        return new RowBatch(handle.getConnection(), sql);
    }

    int execute(String sql, Object... args) {
        writing();
        return handle.execute(sql, args);
    }

    /** The rows kept for {@code key} when the vault was not written since they were read; else {@code read}'s. */
    <T> T unchanged(Object key, java.util.function.Supplier<T> read) {
        return reads.read(key, read);
    }

    private void writing() {
        if (!wrote) {
            wrote = true;
            reads.writeStarted();
        }
    }

    /** Whether a write started by this read (not a transaction) is to be ended when it closes. */
    boolean wroteOutsideTransaction() {
        return wrote;
    }

    /** Work done with the database: a read, or the body of one transaction. */
    @FunctionalInterface
    public interface Work<R> {
        R apply(Db db);
    }
}
