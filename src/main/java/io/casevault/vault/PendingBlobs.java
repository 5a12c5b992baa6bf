package io.casevault.vault;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Journal of originals moved into place before their rows commit ({@link ImportProtocol}). A crash between the two
 * leaves a row here, which {@link Recovery} uses to remove the never-visible file on the next start.
 */
final class PendingBlobs {

    void register(Db h, String sha256, Instant now) {
        registerAll(h, List.of(sha256), now);
    }

    /** Journals many originals with one prepared statement. */
    void registerAll(Db h, Collection<String> sha256s, Instant now) {
        var batch = h.prepareBatch("INSERT OR REPLACE INTO pending_blobs (sha256, started_ms) VALUES (?, ?)");
        sha256s.forEach(sha -> batch.add(sha, now.toEpochMilli()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    void clear(Db h, String sha256) {
        clearAll(h, List.of(sha256));
    }

    /** Ends the journal entries of many originals with one prepared statement. */
    void clearAll(Db h, Collection<String> sha256s) {
        var batch = h.prepareBatch("DELETE FROM pending_blobs WHERE sha256 = ?");
        sha256s.forEach(sha -> batch.add(sha));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    List<String> all(Db h) {
        return h.createQuery("SELECT sha256 FROM pending_blobs ORDER BY sha256").mapTo(String.class).list();
    }
}
