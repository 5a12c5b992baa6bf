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

    Db(Handle handle) {
        this.handle = Objects.requireNonNull(handle);
    }

    Query createQuery(String sql) {
        return handle.createQuery(sql);
    }

    Update createUpdate(String sql) {
        return handle.createUpdate(sql);
    }

    org.jdbi.v3.core.statement.PreparedBatch prepareBatch(String sql) {
        return handle.prepareBatch(sql);
    }

    int execute(String sql, Object... args) {
        return handle.execute(sql, args);
    }

    /** Work done with the database: a read, or the body of one transaction. */
    @FunctionalInterface
    public interface Work<R> {
        R apply(Db db);
    }
}
