package io.casevault.vault;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Salvage} brought over from a damaged vault into a new one, and what it could not.
 *
 * @param method            how the rows were read: {@code sqlite} (table by table) or {@code pages} (page by page,
 *                          when SQLite could not read the schema)
 * @param rows              rows recovered per table (audit entries under {@code audit_log})
 * @param damage            per table, the rows that could not be read, and anything unreadable as a whole
 * @param originals         originals re-hashed and copied into the new vault
 * @param damagedOriginals  originals whose bytes no longer match their name (not imported): one line each
 * @param lostEvidence      evidence rows not carried over because their original is damaged or missing
 * @param refused           rows the new vault refused (their case, exhibit or transaction was lost)
 * @param placeholderCases  cases whose own row was lost but whose evidence, transactions … were read
 * @param recoveredFiles    originals no readable row refers to, gathered into the "Recovered files" case
 * @param recoveredFilesCase that case's id, or null when there were none
 * @param auditBreaks       where the old audit log's hash chain is broken (empty: unbroken)
 */
public record SalvageReport(Path source, Path target, String method, Map<String, Integer> rows, List<String> damage,
                            int originals, List<String> damagedOriginals, List<String> lostEvidence,
                            List<String> refused, int placeholderCases, List<String> recoveredFiles,
                            Long recoveredFilesCase, List<String> auditBreaks) {
    public SalvageReport {
        Objects.requireNonNull(source);
        Objects.requireNonNull(target);
        Objects.requireNonNull(method);
        rows = Map.copyOf(rows);
        damage = List.copyOf(damage);
        damagedOriginals = List.copyOf(damagedOriginals);
        lostEvidence = List.copyOf(lostEvidence);
        refused = List.copyOf(refused);
        recoveredFiles = List.copyOf(recoveredFiles);
        auditBreaks = List.copyOf(auditBreaks);
    }

    public int rows(String table) {
        return rows.getOrDefault(table, 0);
    }

    /** Whether everything was read back: no damaged table, original, lost row or broken chain. */
    public boolean complete() {
        return damage.isEmpty() && damagedOriginals.isEmpty() && lostEvidence.isEmpty() && refused.isEmpty()
                && placeholderCases == 0 && auditBreaks.isEmpty();
    }
}
