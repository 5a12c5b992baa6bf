package io.casevault.vault;

import io.casevault.domain.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * A vault's write lock taken before its database is opened, with the staging folder emptied of what interrupted
 * imports left: from then on files can be staged into {@link #blobs()} (which needs no database) while
 * {@link #open} opens the database. Closed without being opened, the claim releases the lock; whoever staged files
 * through it discards them first. A kill leaves staged copies only, which the next writer's open removes.
 */
public final class VaultClaim implements AutoCloseable {
    private final Path dir;
    private final Locking locking;
    private final BlobStore blobs;
    private boolean opened;

    private VaultClaim(Path dir, Locking locking, BlobStore blobs) {
        this.dir = dir;
        this.locking = locking;
        this.blobs = blobs;
    }

    /**
     * Takes the write lock of the vault in {@code dir}, refusing as {@link Vault#open} for writing does: no vault
     * there, another process writes it, its folder cannot be written.
     */
    public static VaultClaim take(Path dir) {
        if (!Vault.exists(dir)) {
            throw new VaultNotFoundException(dir);
        }
        Locking locking = lock(dir, Vault.Access.WRITE);
        if (locking.lock() == null) {
            throw new VaultLockedException(dir);
        }
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        Recovery.cleanStaging(blobs);
        return new VaultClaim(dir, locking, blobs);
    }

    /** The vault's blob store, for staging only until the vault is opened. */
    public BlobStore blobs() {
        return blobs;
    }

    /**
     * Opens the claimed vault for writing (the checks and recovery of {@link Vault#open}, the staging folder left as
     * it is); the vault then holds the lock, and releases it when it closes or, when opening fails, at once.
     */
    public Vault open(Clock clock) {
        if (opened) {
            throw new IllegalStateException("The vault " + dir + " was opened from this claim already");
        }
        opened = true;
        return Vault.openLocked(dir, locking, clock, Vault.Access.WRITE, blobs, false);
    }

    /** Releases the lock unless the vault was opened from this claim. */
    @Override
    public void close() {
        if (!opened) {
            opened = true;
            Vault.closeQuietly(locking.channel());
        }
    }

    /** The lock file's channel and the write lock on it (null when another process holds it, or the folder cannot be
     * written: then {@code unwritable} says why). */
    record Locking(FileChannel channel, FileLock lock, Reason unwritable) {
    }

    /**
     * Tries to take the write lock of {@code dir}. For {@link Vault.Access#WRITE} a folder that cannot be locked is
     * refused with its sentence; the caller refuses a lock that another process holds.
     */
    static Locking lock(Path dir, Vault.Access access) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(Vault.LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                Vault.closeQuietly(channel);
                return new Locking(null, null, null);
            }
            return new Locking(channel, lock, null);
        } catch (IOException | UnsupportedOperationException e) {
            Vault.closeQuietly(channel);
            String why = e instanceof IOException io ? Vault.describe(io) : String.valueOf(e.getMessage());
            if (access == Vault.Access.WRITE && !Vault.isReadOnly(dir)) {
                throw new VaultException("Cannot lock the vault " + dir + " for writing: " + why + ".", e);
            }
            Reason unwritable = Vault.readOnly(dir, why);
            if (access == Vault.Access.WRITE) {
                throw new VaultReadOnlyException(unwritable, e);
            }
            return new Locking(null, null, unwritable);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same JVM, e.g. a second window
        }
    }
}
