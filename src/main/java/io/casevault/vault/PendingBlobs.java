package io.casevault.vault;


import java.time.Instant;
import java.util.List;

/**
 * Journal of originals moved into place before their rows commit ({@link ImportProtocol}). A crash between the two
 * leaves a row here, which {@link Recovery} uses to remove the never-visible file on the next start.
 */
final class PendingBlobs {

    void register(Db h, String sha256, Instant now) {
        h.execute("INSERT OR REPLACE INTO pending_blobs (sha256, started_ms) VALUES (?, ?)", sha256,
                now.toEpochMilli());
    }

    void clear(Db h, String sha256) {
        h.execute("DELETE FROM pending_blobs WHERE sha256 = ?", sha256);
    }

    List<String> all(Db h) {
        return h.createQuery("SELECT sha256 FROM pending_blobs ORDER BY sha256").mapTo(String.class).list();
    }
}
