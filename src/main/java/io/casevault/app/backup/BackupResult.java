package io.casevault.app.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A finished backup.
 *
 * @param copied   originals written this time; fewer than {@code blobs} when a backup folder already held the rest
 * @param missing  originals the database refers to that were not in the vault (verify reports them too)
 * @param recorded whether the time was recorded in the vault (not when another process holds it for writing)
 */
public record BackupResult(Path target, boolean folder, int blobs, int copied, long bytes, List<String> missing,
                           Duration took, boolean recorded) {
    public BackupResult {
        missing = List.copyOf(missing);
    }
}
