package io.casevault.app.backup;

/**
 * A case bundle taken into this vault, or recognised as taken in before ({@code alreadyImported}: nothing changed).
 *
 * @param caseId the case in this vault
 */
public record BundleImportResult(long caseId, String title, boolean alreadyImported, int evidence, int newOriginals,
                                 int historyEntries) {
}
