package io.casevault.vault;

import io.casevault.domain.Reason;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An open vault: the SQLite database, the blob store and, for a writer, the OS lock on {@code vault.lock}. Only the
 * process holding the lock writes; others may open it read-only.
 */
public final class Vault implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    public static final String DB_FILE = "casevault.db";
    public static final String LOCK_FILE = "vault.lock";
    /**
     * A small file that marks the folder as a vault for the desktop: the installers register its type
     * ({@code application/x-casevault-vault}, extension {@code .casevault}), so opening it opens this vault.
     */
    public static final String MARKER_FILE = "vault.casevault";
    private static final String MARKER_TEXT = """
            This folder is a CaseVault vault. Open this file with CaseVault to open the vault.
            此文件夹是 CaseVault 证据库。用 CaseVault 打开此文件即可打开证据库。
            """;

    /** How a caller wants the vault. */
    public enum Access {
        /** Write; fail when another process writes. */
        WRITE,
        /** Write when possible, else read-only (for commands that only read). */
        READ_PREFERRED
    }

    /** Why a vault opened without the write lock cannot be changed. */
    public enum ReadOnlyCause {
        /** Its folder or disk cannot be written: a read-only mount, a DVD, another user's folder. */
        FOLDER,
        /** Another CaseVault process holds the write lock. */
        LOCKED,
        /** The disk holding it is full. */
        DISK_FULL
    }

    private final Path dir;
    private final BlobStore blobs;
    private final Jdbi jdbi;
    private final PooledConnections connections;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Clock clock;
    /** Null for the writer; else why this vault is only read, and the sentence a refused change gets. */
    private final ReadOnlyCause readOnlyCause;
    private final Reason readOnlyReason;
    private final Repositories repositories = new Repositories();
    private final PendingBlobs pending = new PendingBlobs();
    private final ImportProtocol imports = new ImportProtocol(this, pending);
    private final UnchangedReads reads;

    private Vault(Path dir, SQLiteDataSource dataSource, FileChannel lockChannel, FileLock lock, Clock clock,
                  BlobStore blobs) {
        this(dir, dataSource, lockChannel, lock, clock, null, null, blobs);
    }

    private Vault(Path dir, SQLiteDataSource dataSource, Clock clock, ReadOnlyCause cause, Reason reason) {
        this(dir, dataSource, null, null, clock, cause, reason, new BlobStore(dir.resolve("blobs")));
    }

    private Vault(Path dir, SQLiteDataSource dataSource, FileChannel lockChannel, FileLock lock, Clock clock,
                  ReadOnlyCause cause, Reason reason, BlobStore blobs) {
        this.readOnlyCause = cause;
        this.readOnlyReason = reason;
        this.dir = dir;
        this.blobs = blobs;
        this.connections = new PooledConnections(dataSource);
        this.jdbi = Jdbi.create(connections);
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.clock = clock;
        this.reads = new UnchangedReads(lock != null);
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_FILE));
    }

    /** Creates the layout (private folders, database, schema, the marker file) when missing and opens the vault for writing. */
    public static Vault create(Path dir, Clock clock) {
        try {
            FileOps.createPrivateDirectories(dir);
            FileOps.makePrivate(dir);
            new BlobStore(dir.resolve("blobs")).createLayout();
            FileOps.createPrivateDirectories(dir.resolve("cache"));
            Path marker = dir.resolve(MARKER_FILE);
            if (!Files.exists(marker)) {
                Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new VaultException("Cannot create a vault in " + dir + ": " + describe(e) + ".", e);
        }
        return openExisting(dir, Access.WRITE, clock);
    }

    public static Vault open(Path dir, Access access, Clock clock) {
        if (!exists(dir)) {
            throw new VaultNotFoundException(dir);
        }
        return openExisting(dir, access, clock);
    }

    private static Vault openExisting(Path dir, Access access, Clock clock) {
        SyncFolders.check(dir).ifPresent(warning -> LOG.warn("{}", warning.english()));
        VaultClaim.Locking locking = VaultClaim.lock(dir, access);
        if (locking.lock() == null) {
            if (access == Access.WRITE) {
                throw new VaultLockedException(dir);
            }
            VaultDatabase.refuseDamagedLog(dir);
            VaultDatabase.refuseNewer(dir, Schema.state(VaultDatabase.dataSource(dir, true)));
            if (locking.unwritable() != null) {
                LOG.info("Vault {} cannot be written; opening it read-only: {}", dir, locking.unwritable().english());
                return new Vault(dir, VaultDatabase.dataSource(dir, true), clock, ReadOnlyCause.FOLDER,
                        locking.unwritable());
            }
            LOG.info("Vault {} is locked by another process; opening it read-only", dir);
            return new Vault(dir, VaultDatabase.dataSource(dir, true), clock, ReadOnlyCause.LOCKED,
                    VaultLockedException.reason(dir));
        }
        return openLocked(dir, locking, clock, access, new BlobStore(dir.resolve("blobs")), true);
    }

    /**
     * Opens the database of a vault whose write lock is taken and makes the vault; the lock is released when that
     * fails. {@code cleanStaging}: whether opening removes what interrupted imports left in staging (false when the
     * lock was claimed ahead and the staging folder emptied then: what is in it now is this process's own).
     */
    static Vault openLocked(Path dir, VaultClaim.Locking locking, Clock clock, Access access, BlobStore blobs,
                            boolean cleanStaging) {
        try {
            // before any write: opening for writing would checkpoint a damaged log and lose what follows the damage
            VaultDatabase.refuseDamagedLog(dir);
            // read-only: nothing is written before the checks
            Schema.Found schema = Schema.state(VaultDatabase.dataSource(dir, true));
            VaultDatabase.refuseNewer(dir, schema);
            SQLiteDataSource ds = VaultDatabase.dataSource(dir, false);
            if (schema.state() != Schema.State.CURRENT) {
                // only an undamaged database is migrated
                VaultDatabase.refuseDamaged(dir, DatabaseHealth.quickCheck(dir));
                VaultDatabase.migrate(ds, dir);
            }
            Vault vault = new Vault(dir, ds, locking.channel(), locking.lock(), clock, blobs);
            Recovery recovery = new Recovery(vault);
            if (cleanStaging) {
                recovery.cleanStaging();
            }
            recovery.run();
            return vault;
        } catch (RuntimeException e) {
            closeQuietly(locking.channel());
            if (access == Access.READ_PREFERRED && DiskFullException.isDiskFull(e, dir)
                    && VaultDatabase.walIsEmpty(dir)) {
                // nothing can be written anyway; a closed vault's file alone is the whole database: read it as it is
                LOG.warn("The disk of vault {} is full; opening it read-only: {}", dir, e.toString());
                return new Vault(dir, VaultDatabase.immutable(dir, VaultDatabase.dataSource(dir, true)), clock,
                        ReadOnlyCause.DISK_FULL, DiskFullException.reason(dir, -1));
            }
            if (!(e instanceof VaultDamagedException) && isDamage(e)) {
                VaultDatabase.refuseDamaged(dir, DatabaseHealth.quickCheck(dir));
            }
            if (DiskFullException.in(e).isEmpty() && DiskFullException.isDiskFull(e, dir)) {
                // also SQLite's "could not size the log's index" on a full disk: said as the full disk it is
                throw new DiskFullException(dir, -1, e);
            }
            throw e;
        }
    }

    /** Whether SQLite said, somewhere in this chain, that the file is damaged or not a database. */
    public static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB"))) {
                return true;
            }
        }
        return false;
    }

    /** A folder (or mount) this process cannot write to: a backup disk, a DVD, another user's vault. */
    public static boolean isReadOnly(Path dir) {
        return !Files.isWritable(dir) || Files.exists(dir.resolve(DB_FILE)) && !Files.isWritable(dir.resolve(DB_FILE));
    }

    static Reason readOnly(Path dir, String why) {
        return Reason.of("vault.readOnly", "The vault " + dir + " is read-only: " + why + "; verify, case list, "
                + "case show, timeline, export and letter still work, changes need a writable copy.", dir, why);
    }

    public Path dir() {
        return dir;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public Clock clock() {
        return clock;
    }

    /** The vault's repositories, one per table, made when it opened. */
    public Repositories repositories() {
        return repositories;
    }

    PendingBlobs pending() {
        return pending;
    }

    /** How originals and the rows that describe them enter the vault. */
    public ImportProtocol imports() {
        return imports;
    }

    public boolean isWritable() {
        return lock != null;
    }

    /** Whether the writer can write now: room on its disk for a few database pages (a full disk has none). */
    public boolean hasRoomToWrite() {
        return isWritable() && FileOps.hasRoom(Files.isDirectory(cacheDir()) ? cacheDir() : dir, 256 * 1024);
    }

    /** Why this vault can only be read; empty for the writer. */
    public Optional<ReadOnlyCause> readOnlyCause() {
        return Optional.ofNullable(readOnlyCause);
    }

    public Path cacheDir() {
        return dir.resolve("cache");
    }

    /** Runs {@code work} in one SQLite transaction (BEGIN IMMEDIATE): all of it commits, or none. */
    public <R> R transaction(Db.Work<R> work) {
        requireWritable();
        reads.writeStarted();
        try {
            return jdbi.inTransaction(h -> work.apply(new Db(h, reads, true)));
        } finally {
            reads.writeEnded();
        }
    }

    /** Runs {@code work} on one connection, outside a transaction (each statement sees the latest commit). */
    public <R> R read(Db.Work<R> work) {
        return jdbi.withHandle(h -> {
            Db db = new Db(h, reads, false);
            try {
                return work.apply(db);
            } finally {
                if (db.wroteOutsideTransaction()) {
                    reads.writeEnded();
                }
            }
        });
    }

    /**
     * Whether {@link #readUnchanged} and the repositories' kept reads keep rows: only the writer's vault does (no other
     * process writes its database), so reading ahead is worth it only there.
     */
    public boolean keepsReads() {
        return reads.enabled();
    }

    /**
     * A mark of what the database holds, for what is derived from it and kept in memory: two equal marks (not -1) mean
     * this vault wrote nothing between them. -1 while a write is under way, and always in a vault that keeps no rows
     * ({@link #keepsReads}): another process may be writing it.
     */
    public long contentMark() {
        return reads.mark();
    }

    /**
     * As {@link #read}, but gives what {@code work} gave for the same key when the vault was not written since, for a
     * large read that views repeat. {@code key} must say all the read depends on besides the database (a case, a
     * day), and {@code work} give an unmodifiable value, the same type for one key.
     */
    public <R> R readUnchanged(Object key, Db.Work<R> work) {
        return reads.read(key, () -> read(work));
    }

    /** The schema version of the databases this build writes. */
    public static int schemaVersion() {
        return Schema.LATEST;
    }

    /**
     * Writes a consistent copy of the database to {@code target} (missing or empty) while others keep writing:
     * {@code VACUUM INTO} reads inside one transaction, so under WAL it copies exactly one committed state and never
     * restarts because of a concurrent writer. (The online backup API, sqlite-jdbc's {@code backup to}, restarts
     * whenever another connection commits: measured with a writer committing in a loop, 69 s against 0.6 s for a
     * 30 MB database.) The copy is flushed to disk before this returns.
     */
    public Snapshot snapshotTo(Path target) throws IOException {
        read(h -> h.execute("VACUUM INTO ?", target.toAbsolutePath().toString()));
        FileOps.fsyncFile(target);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + target.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT sha256 FROM evidence ORDER BY sha256")) {
            List<String> hashes = new ArrayList<>();
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
            return new Snapshot(target, List.copyOf(hashes));
        } catch (SQLException e) {
            throw new IOException("the snapshot " + target + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A copy of the database at one moment, and the originals its evidence rows refer to. */
    public record Snapshot(Path file, List<String> blobHashes) {
    }

    /**
     * Removes an original that no evidence row uses any more, with what was derived from it under {@code cache/}
     * (thumbnails, look-alike prints: a purged screenshot leaves no rendition behind); only an explicit purge calls
     * this.
     */
    public void purgeBlobIfUnused(String sha256) {
        requireWritable();
        boolean used = read(h -> repositories.evidence().isReferenced(h, sha256));
        if (!used) {
            try {
                blobs.delete(sha256);
                DerivedFiles.forget(cacheDir(), sha256);
            } catch (IOException e) {
                throw new VaultException("Could not remove the original " + sha256 + ": " + describe(e) + ".", e);
            }
        }
    }

    /** Refuses a change to a vault opened only for reading, in the sentence that says why it is. */
    public void requireWritable() {
        if (lock == null) {
            if (readOnlyCause == null || readOnlyCause == ReadOnlyCause.LOCKED) {
                throw new VaultLockedException(dir);
            }
            throw new VaultReadOnlyException(readOnlyReason);
        }
    }


    @Override
    public void close() {
        connections.close();
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Could not release the vault lock", e);
            }
        }
        closeQuietly(lockChannel);
    }

    static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing lock file", e);
            }
        }
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                + (m == null ? "" : " (" + m + ")");
    }
}
