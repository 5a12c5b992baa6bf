package io.casevault.app.backup;

import io.casevault.vault.VerifyReport;

import java.nio.file.Path;
import java.time.Instant;

/** A vault restored from a backup, with the full verify run on it before it was moved into place. */
public record RestoreResult(Path vault, Instant backedUpAt, int blobs, VerifyReport report) {
}
