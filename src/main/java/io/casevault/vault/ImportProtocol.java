package io.casevault.vault;

import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one way originals enter the vault, whoever brings them (files, paste, statement import, bundle import, e-mail
 * attachments). The importer stages each file with {@link BlobStore#stage} (streamed into {@code blobs/tmp} while
 * hashed), checks what it staged, may force it to disk ahead with {@link BlobStore#flush}, and hands the staged files
 * to {@link #commit} with the rows that describe them:
 * <ol>
 *     <li>the originals not stored yet are journalled as pending, in one transaction;</li>
 *     <li>the staged files not flushed yet are forced to disk (many at once) and each is moved atomically to
 *     {@code blobs/sha256/ab/<hash>} (content already there: the staged copy is dropped, the originals are identical
 *     by hash); then each folder that received one is forced once, so the disk is synchronised once per commit rather
 *     than once per file;</li>
 *     <li>one transaction inserts the importer's rows and audit entries and clears the journal.</li>
 * </ol>
 * Steps 2 and 3 overlap: a thread of their own forces and moves the files while the transaction's rows are written,
 * and the transaction commits only once every file and folder is on disk. So every original and its folder entry are
 * on disk before the transaction that refers to them commits, and a power cut never leaves a row without its
 * original; an import waits for the disk or for the database, whichever is slower, not for the one and then the
 * other.
 * When step 2 or 3 fails, the originals this import placed are removed again and the failure is passed on. A crash at
 * any instant leaves either nothing visible or the whole import: on the next open {@link Recovery} removes staged
 * copies and the journalled originals that no row refers to. Imports into one vault commit one at a time.
 */
public final class ImportProtocol {
    private static final Logger LOG = LoggerFactory.getLogger(ImportProtocol.class);

    private final Vault vault;
    private final PendingBlobs pending;
    private final Object lock = new Object();

    ImportProtocol(Vault vault, PendingBlobs pending) {
        this.vault = Objects.requireNonNull(vault);
        this.pending = Objects.requireNonNull(pending);
    }

    /**
     * Makes {@code staged} permanent and records them with {@code rows}, run inside the final transaction (it may also
     * decide to insert nothing, e.g. for a duplicate). Every staged file is consumed: moved into place or deleted.
     *
     * @return what {@code rows} returned
     * @throws IOException          when an original cannot be moved into place; nothing of the import is kept
     * @throws RowsRefusedException when the database refuses a row; nothing of the import is kept
     */
    public <R> R commit(List<StagedBlob> staged, Db.Work<R> rows) throws IOException {
        Objects.requireNonNull(staged, "staged");
        Objects.requireNonNull(rows, "rows");
        vault.requireWritable();
        synchronized (lock) {
            List<String> fresh = staged.stream().map(StagedBlob::sha256).distinct()
                    .filter(sha -> !vault.blobs().exists(sha)).toList();
            Placement placement = null; // set once the journal is written: the importer's rows come after
            try {
                if (!fresh.isEmpty()) {
                    Instant now = vault.clock().instant();
                    vault.transaction(db -> {
                        pending.registerAll(db, fresh, now);
                        return null;
                    });
                }
                placement = new Placement(vault.blobs(), staged);
                placement.start();
                Placement placing = placement;
                return vault.transaction(db -> {
                    R result = rows.apply(db);
                    pending.clearAll(db, fresh);
                    placing.awaitOnDisk(); // the rows commit only after their originals are on disk
                    return result;
                });
            } catch (PlacementFailed e) {
                Throwable cause = e.getCause();
                undo(staged, fresh, cause);
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) cause;
            } catch (JdbiException e) {
                awaitQuietly(placement, e);
                undo(staged, fresh, e);
                if (placement == null || DiskFullException.isDiskFull(e)) {
                    throw e;
                }
                throw new RowsRefusedException(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            } catch (RuntimeException | Error e) {
                awaitQuietly(placement, e);
                undo(staged, fresh, e);
                throw e;
            }
        }
    }

    /** Before undoing a failed commit: its files are no longer being moved (a failure moving them is added). */
    private static void awaitQuietly(Placement placement, Throwable failure) {
        if (placement == null) {
            return;
        }
        try {
            placement.awaitOnDisk();
        } catch (PlacementFailed e) {
            failure.addSuppressed(e.getCause());
        }
    }

    /**
     * Forces staged files to disk, moves each to its hash path and forces the folders that received one, on a thread
     * of its own.
     */
    private static final class Placement {
        private final BlobStore blobs;
        private final List<StagedBlob> staged;
        private final Thread thread;
        private volatile Throwable failure;

        Placement(BlobStore blobs, List<StagedBlob> staged) {
            this.blobs = blobs;
            this.staged = staged;
            this.thread = new Thread(this::run, "casevault-place");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            try {
                Set<Path> folders = new LinkedHashSet<>();
                for (StagedBlob blob : blobs.flushAll(staged)) {
                    blobs.place(blob, folders);
                }
                blobs.syncFolders(folders);
            } catch (UncheckedIOException e) {
                failure = e.getCause();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }

        /** Waits until every file and folder is on disk (not interrupted: the files must be there first). */
        void awaitOnDisk() {
            BlobStore.awaitAll(List.of(thread));
            if (failure != null) {
                throw new PlacementFailed(failure);
            }
        }
    }

    /**
     * Carries a failure to place the files (an IOException, or what the thread met otherwise) out of the transaction,
     * which it rolls back.
     */
    private static final class PlacementFailed extends RuntimeException {
        PlacementFailed(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** Drops what a failed import left: staged copies not moved yet, originals it placed, and their journal rows. */
    private void undo(List<StagedBlob> staged, List<String> fresh, Throwable failure) {
        try {
            staged.forEach(vault.blobs()::discard);
            fresh.forEach(vault::purgeBlobIfUnused);
            if (!fresh.isEmpty()) {
                vault.transaction(db -> {
                    pending.clearAll(db, fresh);
                    return null;
                });
            }
        } catch (UncheckedIOException | VaultException | JdbiException e) {
            // what is left stays journalled, and the next open removes it
            LOG.warn("Could not undo a failed import at once; the next open finishes it", e);
            failure.addSuppressed(e);
        }
    }
}
