package io.casevault.vault;

import io.casevault.domain.AuditEntry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The old audit log in a recovered vault: its hash chain is checked entry by entry (a lost entry, a changed one, a
 * link to the wrong predecessor are each a break), then every readable entry is appended to the new vault's chain in
 * order, so the new vault verifies; the last entry says where the history came from and names every break found.
 */
final class SalvageAudit {
    private final AuditLog log;
    private int carried;

    SalvageAudit(AuditLog log) {
        this.log = log;
    }

    int carried() {
        return carried;
    }

    /** Checks and carries over the old entries; returns the breaks, one sentence each. */
    List<String> carryOver(Db h, SalvageReader.Table old) {
        List<String> breaks = new ArrayList<>();
        if (old == null) {
            breaks.add("the audit log could not be read at all");
            return breaks;
        }
        List<AuditEntry> entries = new ArrayList<>();
        int unreadable = 0;
        for (List<Object> row : old.rows()) {
            try {
                entries.add(entry(old.columns(), row));
            } catch (RuntimeException e) {
                unreadable++;
            }
        }
        if (unreadable > 0) {
            breaks.add(unreadable + " audit entr" + (unreadable == 1 ? "y has" : "ies have") + " unreadable fields");
        }
        old.damage().forEach(d -> breaks.add("audit log: " + d));
        entries.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expected) {
                breaks.add("audit entries " + expected + (e.seq() - 1 > expected ? "–" + (e.seq() - 1) : "")
                        + " are missing");
            } else if (!e.prevHash().equals(previous)) {
                breaks.add("audit entry " + e.seq() + " does not follow the entry before it");
            }
            if (!e.hashMatches()) {
                breaks.add("audit entry " + e.seq() + " does not match its hash (it was changed)");
            }
            previous = e.hash();
            expected = e.seq() + 1;
            log.append(h, e.at(), e.caseId(), e.entity(), e.entityId(), e.action(), e.detail());
            carried++;
        }
        return breaks;
    }

    /** The closing entry: where the history came from, how much of it, and every break. */
    void recovered(Db h, Instant now, Path source, Map<String, Integer> rows, List<String> breaks, int orphans) {
        String counts = rows.entrySet().stream().map(e -> SalvageWriter.json(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(","));
        String detail = "{\"from\":" + SalvageWriter.json(source.toString()) + ",\"rows\":{" + counts + "}"
                + ",\"recoveredFiles\":" + orphans + ",\"chainBreaks\":["
                + breaks.stream().map(SalvageWriter::json).collect(Collectors.joining(",")) + "]"
                + ",\"note\":\"entries before this one were read from the damaged vault and chained anew\"}";
        log.append(h, now, null, "vault", null, "recovered", detail);
    }

    /** One entry read back; a field the schema requires that came back empty makes it unreadable (it throws). */
    private static AuditEntry entry(List<String> columns, List<Object> row) {
        Object caseId = SalvageWriter.value(columns, row, "case_id");
        Object entityId = SalvageWriter.value(columns, row, "entity_id");
        return new AuditEntry((Long) required(columns, row, "seq"),
                Instant.ofEpochMilli((Long) required(columns, row, "at_ms")), (Long) caseId,
                (String) required(columns, row, "entity"), (Long) entityId,
                (String) required(columns, row, "action"), (String) required(columns, row, "detail"),
                (String) required(columns, row, "prev_hash"), (String) required(columns, row, "hash"));
    }

    private static Object required(List<String> columns, List<Object> row, String column) {
        return Objects.requireNonNull(SalvageWriter.value(columns, row, column), column);
    }
}
