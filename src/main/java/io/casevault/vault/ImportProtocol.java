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
 * Every original and its folder entry are on disk before the transaction that refers to them commits, so a power cut
 * never leaves a row without its original.
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
            boolean placed = false;
            try {
                if (!fresh.isEmpty()) {
                    Instant now = vault.clock().instant();
                    vault.transaction(db -> {
                        pending.registerAll(db, fresh, now);
                        return null;
                    });
                }
                Set<Path> folders = new LinkedHashSet<>();
                for (StagedBlob blob : vault.blobs().flushAll(staged)) {
                    vault.blobs().place(blob, folders);
                }
                vault.blobs().syncFolders(folders);
                placed = true;
                return vault.transaction(db -> {
                    R result = rows.apply(db);
                    pending.clearAll(db, fresh);
                    return result;
                });
            } catch (JdbiException e) {
                undo(staged, fresh, e);
                if (!placed || DiskFullException.isDiskFull(e)) {
                    throw e;
                }
                throw new RowsRefusedException(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            } catch (IOException | RuntimeException | Error e) {
                undo(staged, fresh, e);
                throw e;
            }
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
