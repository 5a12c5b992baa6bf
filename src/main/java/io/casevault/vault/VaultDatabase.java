package io.casevault.vault;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The database of a vault as it is opened: its connection settings, the checks that refuse a damaged database or one
 * from a newer CaseVault before anything is written, and the migration that brings an older one up to date.
 */
final class VaultDatabase {

    private VaultDatabase() {
    }

    static void refuseDamagedLog(Path dir) {
        List<String> wal = DatabaseHealth.walProblems(dir.resolve(Vault.DB_FILE + "-wal"));
        if (!wal.isEmpty()) {
            throw new VaultDamagedException(dir, wal);
        }
    }
    static void refuseDamaged(Path dir, DatabaseHealth.Findings findings) {
        if (findings.damaged()) {
            throw new VaultDamagedException(dir, findings.lines());
        }
    }
    static SQLiteDataSource dataSource(Path dir, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // FULL: a committed evidence row survives a power cut, not only a process kill.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        if (readOnly && !Files.isWritable(dir) && !Files.exists(dir.resolve(Vault.DB_FILE + "-wal"))) {
            // SQLite cannot create the WAL's shared-memory file here; a closed vault has no WAL, so the file alone
            // is the whole database and may be read as immutable
            return immutable(dir, ds);
        }
        ds.setUrl("jdbc:sqlite:" + dir.resolve(Vault.DB_FILE));
        return ds;
    }
    static SQLiteDataSource immutable(Path dir, SQLiteDataSource ds) {
        ds.setUrl("jdbc:sqlite:file:" + dir.resolve(Vault.DB_FILE).toUri().getRawPath() + "?immutable=1");
        return ds;
    }
    static void refuseNewer(Path dir, Schema.Found schema) {
        if (schema.state() == Schema.State.NEWER) {
            throw new VaultTooNewException(dir, schema.version(), Schema.LATEST);
        }
    }
    /** No write-ahead log, or an empty one: every commit is in the database file itself. */
    static boolean walIsEmpty(Path dir) {
        try {
            Path wal = dir.resolve(Vault.DB_FILE + "-wal");
            return !Files.exists(wal) || Files.size(wal) == 0;
        } catch (IOException e) {
            return false;
        }
    }
    /**
     * Brings the schema of a database that is behind ({@link Schema#state}) up to date; the caller asks first, so
     * Flyway (slow to start) runs only then.
     */
    static void migrate(SQLiteDataSource ds, Path dir) {
        try {
            Flyway.configure(Vault.class.getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new VaultException("The database of the vault " + dir + " cannot be brought up to date: "
                    + e.getMessage().lines().findFirst().orElse("unknown error"), e);
        }
    }
}
