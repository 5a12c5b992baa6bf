package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.vault.SalvageReader.Column;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes what {@link SalvageReader} read into the new vault, in one transaction: tables parents first, keeping row
 * ids so every reference stays true; a case whose own row was lost gets a placeholder so its evidence is kept; a row
 * whose parent row was lost is refused and listed. The old audit log is checked and carried over into the new
 * vault's chain, ending with an entry that records the recovery and any break it found.
 */
final class SalvageWriter {
    static final String RECOVERED_FILES_TITLE = "Recovered files / 找回的文件";
    private static final String AUDIT = "audit_log";
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "pending_blobs", AUDIT);
    private static final int LISTED = 200;

    private record ForeignKey(String column, String parent) {
    }

    private final Vault vault;
    private final Map<String, List<Column>> tables = new LinkedHashMap<>();
    private final Map<String, List<ForeignKey>> keys = new HashMap<>();
    private final List<Column> auditColumns;

    SalvageWriter(Vault vault) {
        this.vault = vault;
        Map<String, List<Column>> all = new LinkedHashMap<>();
        vault.read(h -> {
            List<String[]> schema = h.createQuery("SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' ORDER BY rowid").map((rs, ctx) -> new String[]{rs.getString(1),
                    rs.getString(2)}).list();
            List<String> virtual = schema.stream().filter(s -> s[1].startsWith("CREATE VIRTUAL")).map(s -> s[0]).toList();
            for (String[] s : schema) {
                if (virtual.stream().anyMatch(v -> s[0].equals(v) || s[0].startsWith(v + "_"))) {
                    continue; // full-text indexes: rebuilt by their triggers as rows go in
                }
                all.put(s[0], columns(h, s[0]));
                keys.put(s[0], h.createQuery("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)").bind(0, s[0])
                        .map((rs, ctx) -> new ForeignKey(rs.getString(1), rs.getString(2))).list());
            }
            return null;
        });
        auditColumns = all.get(AUDIT);
        List<String> pending = new ArrayList<>(all.keySet());
        pending.removeAll(NOT_COPIED);
        while (!pending.isEmpty()) { // parents before children
            String next = pending.stream().filter(t -> keys.get(t).stream()
                    .noneMatch(k -> !k.parent().equals(t) && pending.contains(k.parent()))).findFirst()
                    .orElse(pending.get(0));
            pending.remove(next);
            tables.put(next, all.get(next));
        }
    }

    private static List<Column> columns(Db h, String table) {
        List<Object[]> info = h.createQuery("SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid")
                .bind(0, table).map((rs, ctx) -> new Object[]{rs.getString(1), rs.getString(2), rs.getInt(3)}).list();
        long keyColumns = info.stream().filter(c -> (int) c[2] > 0).count();
        return info.stream().map(c -> new Column((String) c[0], keyColumns == 1 && (int) c[2] == 1
                && "INTEGER".equals(c[1]))).toList();
    }

    /** The tables to read from the damaged database, with the new vault's columns. */
    Map<String, List<Column>> wantedTables() {
        Map<String, List<Column>> wanted = new LinkedHashMap<>(tables);
        wanted.put(AUDIT, auditColumns);
        return wanted;
    }

    SalvageReport write(Db h, Path source, SalvageReader.Read read, Map<String, Path> good,
                        Map<String, String> damagedOriginals, Salvage.OrphanDescriber describer) {
        Instant now = vault.clock().instant();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> damage = new ArrayList<>(read.problems());
        List<String> refused = new ArrayList<>();
        List<String> lostEvidence = new ArrayList<>();
        Map<String, Set<Object>> ids = new HashMap<>();
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        for (var t : read.tables().values()) {
            rows.put(t.name(), new ArrayList<>(t.rows()));
            t.damage().forEach(d -> damage.add(t.name() + ": " + d));
        }
        keepEvidenceWithOriginals(read, rows, good, damagedOriginals, lostEvidence);
        int placeholders = placeholderCases(h, read, rows, ids, now);
        for (var t : tables.entrySet()) {
            SalvageReader.Table table = read.tables().get(t.getKey());
            if (table == null) {
                continue;
            }
            int n = 0;
            for (List<Object> row : rows.get(t.getKey())) {
                String why = missingParent(t.getKey(), table.columns(), row, ids);
                if (why == null) {
                    why = insert(h, t.getKey(), table.columns(), row);
                }
                if (why == null) {
                    n++;
                    rememberId(t.getKey(), t.getValue(), table.columns(), row, ids);
                } else if (refused.size() < LISTED) {
                    refused.add("a " + t.getKey() + " row " + describe(table.columns(), row) + ": " + why);
                }
            }
            counts.put(t.getKey(), counts.getOrDefault(t.getKey(), 0) + n);
        }
        SalvageAudit audit = new SalvageAudit(vault.repositories().audit());
        List<String> breaks = audit.carryOver(h, read.table(AUDIT).orElse(null));
        counts.put(AUDIT, audit.carried());
        Set<String> used = new HashSet<>(h.createQuery("SELECT DISTINCT sha256 FROM evidence").mapTo(String.class)
                .list());
        List<String> orphans = good.keySet().stream().filter(sha -> !used.contains(sha)).toList();
        Long recoveredCase = orphans.isEmpty() ? null : recoveredFiles(h, orphans, good, describer, now);
        audit.recovered(h, now, source, counts, breaks, orphans.size());
        return new SalvageReport(source, vault.dir(), read.method(), counts, damage, good.size(),
                List.copyOf(damagedOriginals.values()), lostEvidence, refused, placeholders, orphans, recoveredCase,
                breaks);
    }

    private static void keepEvidenceWithOriginals(SalvageReader.Read read, Map<String, List<List<Object>>> rows,
                                                  Map<String, Path> good, Map<String, String> damaged,
                                                  List<String> lost) {
        read.table("evidence").ifPresent(t -> rows.get("evidence").removeIf(r -> {
            Object sha = value(t.columns(), r, "sha256");
            if (good.containsKey(String.valueOf(sha))) {
                return false;
            }
            lost.add("E-" + value(t.columns(), r, "exhibit_no") + " " + value(t.columns(), r, "original_name")
                    + " of case " + value(t.columns(), r, "case_id") + " (" + sha + "): its original is "
                    + (damaged.containsKey(String.valueOf(sha)) ? "damaged" : "missing"));
            return true;
        }));
    }

    /** A stand-in for each case whose row was lost while rows that belong to it were read. */
    private int placeholderCases(Db h, SalvageReader.Read read, Map<String, List<List<Object>>> rows,
                                 Map<String, Set<Object>> ids, Instant now) {
        Set<Object> cases = new HashSet<>();
        read.table("cases").ifPresent(t -> rows.get("cases").forEach(r -> cases.add(value(t.columns(), r, "id"))));
        Set<Long> wanted = new java.util.TreeSet<>();
        for (var t : read.tables().values()) {
            for (ForeignKey k : keys.getOrDefault(t.name(), List.of())) {
                if (k.parent().equals("cases") && !t.name().equals(AUDIT)) {
                    rows.get(t.name()).forEach(r -> {
                        if (value(t.columns(), r, k.column()) instanceof Long id && !cases.contains(id)) {
                            wanted.add(id);
                        }
                    });
                }
            }
        }
        String today = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        for (long id : wanted) {
            h.execute("INSERT INTO cases (id, title, provider, category, facts, status, opened_on, created_ms) "
                    + "VALUES (?, ?, ?, 'OTHER', ?, 'DRAFT', ?, ?)", id, "Case " + id + " (recovered) / 案件 " + id
                    + "（已找回）", "?", "The details of this case were lost when its vault was damaged; its other "
                    + "records were recovered. / 证据库损坏时此案件的详情已丢失，其余记录已找回。", today, now.toEpochMilli());
        }
        ids.computeIfAbsent("cases", k -> new HashSet<>()).addAll(wanted);
        return wanted.size();
    }

    private String missingParent(String table, List<String> columns, List<Object> row, Map<String, Set<Object>> ids) {
        for (ForeignKey k : keys.getOrDefault(table, List.of())) {
            Object v = value(columns, row, k.column());
            if (v != null && !k.parent().equals(table) && !ids.getOrDefault(k.parent(), Set.of()).contains(v)) {
                return "its " + k.parent() + " row " + v + " was lost";
            }
        }
        return null;
    }

    private static String insert(Db h, String table, List<String> columns, List<Object> row) {
        List<String> cols = columns.subList(0, row.size());
        String sql = "INSERT INTO \"" + table + "\" (" + String.join(", ", cols.stream().map(c -> '"' + c + '"')
                .toList()) + ") VALUES (" + String.join(", ", cols.stream().map(c -> "?").toList()) + ")";
        try {
            h.execute(sql, row.toArray());
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("refused");
        }
    }

    private static void rememberId(String table, List<Column> all, List<String> columns, List<Object> row,
                                   Map<String, Set<Object>> ids) {
        all.stream().filter(Column::rowid).findFirst().ifPresent(c -> ids.computeIfAbsent(table,
                k -> new HashSet<>()).add(value(columns, row, c.name())));
    }

    private Long recoveredFiles(Db h, List<String> orphans, Map<String, Path> good, Salvage.OrphanDescriber describer,
                                Instant now) {
        long caseId = vault.repositories().cases().insert(h, new io.casevault.domain.NewCase(RECOVERED_FILES_TITLE,
                        "CaseVault", null, io.casevault.domain.Category.OTHER, "Originals found in the damaged vault's "
                        + "blobs folder that no readable record described, each under its SHA-256. / 损坏的证据库中"
                        + "找到但没有可读记录描述的原件，按 SHA-256 列出。", null, List.of(), null,
                        LocalDate.ofInstant(now, ZoneOffset.UTC), null, List.of(), false),
                io.casevault.domain.CaseStatus.DRAFT, now);
        AuditLog audit = vault.repositories().audit();
        audit.append(h, now, caseId, "case", caseId, "created", "{\"title\":\"" + RECOVERED_FILES_TITLE + "\"}");
        for (String sha : orphans) {
            Path file = good.get(sha);
            Salvage.OrphanFile f = describer.describe(file, sha);
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = 0;
            }
            var e = vault.repositories().evidence().insert(h, new NewEvidence(caseId, sha, f.name(), f.mediaType(),
                    size, f.width(), f.height(), 1, null, CaptureSource.IMPORT_TIME, now, "SHA-256 " + sha));
            audit.append(h, now, caseId, "evidence", e.id(), "added", "{\"exhibit\":\"" + e.exhibit()
                    + "\",\"sha256\":\"" + sha + "\",\"recovered\":true}");
        }
        return caseId;
    }

    static Object value(List<String> columns, List<Object> row, String column) {
        int i = columns.indexOf(column);
        return i >= 0 && i < row.size() ? row.get(i) : null;
    }

    private static String describe(List<String> columns, List<Object> row) {
        Object id = value(columns, row, "id");
        return id != null ? "with id " + id : Objects.toString(row.isEmpty() ? "" : row.get(0));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
