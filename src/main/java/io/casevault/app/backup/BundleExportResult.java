package io.casevault.app.backup;

import java.nio.file.Path;

/** A case written as a bundle file. */
public record BundleExportResult(Path file, String bundleId, int evidence, int originals, int historyEntries) {
}
