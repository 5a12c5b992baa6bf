package io.casevault.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finishes what a crash or kill interrupted, run by the writer when it opens the vault: staged copies are removed (the
 * user's files are where they were), and originals whose evidence row never committed are removed again. Nothing a
 * committed row refers to is touched.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private final Vault vault;

    Recovery(Vault vault) {
        this.vault = vault;
    }

    /** Removes the staged copies of interrupted imports: run by the writer before it stages anything itself. */
    void cleanStaging() {
        cleanStaging(vault.blobs());
    }

    static void cleanStaging(BlobStore blobs) {
        try {
            for (Path staged : blobs.stagingFiles()) {
                if (staged.getFileName().toString().endsWith(BlobStore.STAGING_SUFFIX)) {
                    LOG.info("Removing {}, left by an interrupted import", staged);
                    Files.deleteIfExists(staged);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean the staging folder", e);
        }
    }

    /** Removes the originals journalled by imports that never recorded them. */
    void run() {
        PendingBlobs pending = vault.pending();
        EvidenceRepository evidence = vault.repositories().evidence();
        if (vault.read(pending::all).isEmpty()) {
            return;
        }
        vault.transaction(h -> {
            for (String sha : pending.all(h)) {
                if (!evidence.isReferenced(h, sha)) {
                    try {
                        LOG.info("Removing original {}, whose import was interrupted before it was recorded", sha);
                        vault.blobs().delete(sha);
                    } catch (IOException e) {
                        LOG.warn("Could not remove the unrecorded original {}", sha, e);
                        continue;
                    }
                }
                pending.clear(h, sha);
            }
            return null;
        });
    }
}
