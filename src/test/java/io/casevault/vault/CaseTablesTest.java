package io.casevault.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class CaseTablesTest {
    /** Tables that belong to the vault, not to one case, or that a bundle carries in its own way. */
    private static final Set<String> NOT_CASE_ROWS = Set.of("audit_log", "imported_bundles", "imported_audit",
            "backups", "pending_blobs", "import_mappings", "flyway_schema_history", "recognition_queue",
            // proposals name this vault's row ids in their JSON; the receiving vault proposes them afresh
            "suggestions");

    /**
     * A migration that adds a per-case table (a case_id or evidence_id column) must add it to {@link CaseTables#ALL}
     * too, or a handed-over case would silently lose those rows.
     */
    @Test
    void everyTableWithCaseRowsTravelsInABundle(@TempDir Path tmp) {
        try (Vault v = Vault.create(tmp.resolve("v"), Clock.systemUTC())) {
            List<String> tables = v.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%'").mapTo(String.class).list());
            Set<String> perCase = new TreeSet<>();
            for (String t : tables) {
                List<String> cols = v.read(h -> h.createQuery("SELECT name FROM pragma_table_info(:t)").bind("t", t)
                        .mapTo(String.class).list());
                if (!NOT_CASE_ROWS.contains(t) && (t.equals("cases") || cols.contains("case_id")
                        || cols.contains("evidence_id"))) {
                    perCase.add(t);
                }
            }
            assertThat(CaseTables.ALL.stream().map(CaseTables.Table::name).toList())
                    .containsExactlyInAnyOrderElementsOf(perCase);
        }
    }

    @Test
    void everyTableComesAfterTheTablesItRefersTo() {
        Set<String> seen = new TreeSet<>();
        for (CaseTables.Table t : CaseTables.ALL) {
            assertThat(seen).as(t.name()).containsAll(t.references().values());
            seen.add(t.name());
        }
    }
}
