package io.casevault.vault;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every row SQLite can still read from a copy of a damaged database, table by table. A table is scanned in
 * rowid order; where a damaged page stops the scan, the next readable rowid is found by seeking further ahead
 * (doubling the step, then narrowing back), so one bad page costs the rows on it and no more. When SQLite cannot read
 * the schema at all, the tables are read page by page instead ({@link RawPages}).
 */
final class SalvageReader {
    /** A column of the new vault's table and whether it is the rowid (INTEGER PRIMARY KEY). */
    record Column(String name, boolean rowid) {
    }

    /** The rows read from one table; each row's values follow {@code columns} (a shorter row fills a prefix). */
    record Table(String name, List<String> columns, List<List<Object>> rows, List<String> damage) {
    }

    /** Everything read: by which method, the tables, and what could not be read at all. */
    record Read(String method, Map<String, Table> tables, List<String> problems) {
        Optional<Table> table(String name) {
            return Optional.ofNullable(tables.get(name));
        }
    }

    /** The tables every vault has had since its first schema version. */
    private static final java.util.Set<String> FIRST_SCHEMA = java.util.Set.of("cases", "case_demands", "case_tags",
            "status_changes", "transactions", "evidence", "evidence_tags", "redactions", "followups", "evidence_links",
            "audit_log");

    private SalvageReader() {
    }

    /** Reads {@code wanted} tables (by name, with the new vault's columns) from the copied database. */
    static Read read(Path dbCopy, Map<String, List<Column>> wanted) throws IOException {
        Optional<Read> bySqlite = throughSqlite(dbCopy, wanted);
        if (bySqlite.isPresent()) {
            return bySqlite.get();
        }
        return byPages(dbCopy, wanted);
    }

    private static Optional<Read> throughSqlite(Path db, Map<String, List<Column>> wanted) {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + db)) {
            Map<String, List<String>> present = new HashMap<>();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA writable_schema=ON"); // a malformed schema entry is skipped, not fatal
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
                    while (rs.next()) {
                        present.put(rs.getString(1), new ArrayList<>());
                    }
                }
                for (var e : present.entrySet()) {
                    if (!wanted.containsKey(e.getKey())) {
                        continue;
                    }
                    try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('"
                            + e.getKey().replace("'", "''") + "')")) {
                        while (rs.next()) {
                            e.getValue().add(rs.getString(1));
                        }
                    }
                }
            }
            if (present.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Table> tables = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (var w : wanted.entrySet()) {
                List<String> old = present.get(w.getKey());
                if (old == null || old.isEmpty()) {
                    continue; // not in this (older) schema, or its definition is lost
                }
                List<String> columns = w.getValue().stream().map(Column::name).filter(old::contains).toList();
                tables.put(w.getKey(), scan(c, w.getKey(), columns));
            }
            return Optional.of(new Read("sqlite", tables, problems));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Table scan(Connection c, String table, List<String> columns) {
        String quoted = '"' + table + '"';
        String select = "SELECT rowid, " + String.join(", ", columns.stream().map(n -> '"' + n + '"').toList())
                + " FROM " + quoted + " WHERE rowid > ? ORDER BY rowid";
        List<List<Object>> rows = new ArrayList<>();
        List<String> damage = new ArrayList<>();
        long after = Long.MIN_VALUE;
        long failedAt = after;
        boolean failedBefore = false;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement(select)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        List<Object> row = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            Object v = rs.getObject(i + 2);
                            row.add(v instanceof Integer n ? Long.valueOf(n) : v);
                        }
                        rows.add(row);
                    }
                }
                return new Table(table, columns, rows, damage);
            } catch (SQLException e) {
                // failing twice at the same place: a row whose key reads but whose record does not; step over it
                long from = failedBefore && failedAt == after ? after + 1 : after;
                failedBefore = true;
                failedAt = after;
                Optional<Long> next = from < after ? Optional.empty() : nextReadable(c, from, select);
                String first = after == Long.MIN_VALUE ? "the first row" : "rowid " + (after + 1);
                damage.add("rows from " + first + (next.map(n -> " to rowid " + n).orElse(" to the end"))
                        + " could not be read (" + firstLine(e) + ")");
                if (next.isEmpty()) {
                    return new Table(table, columns, rows, damage);
                }
                after = next.get();
            }
        }
    }

    /** The smallest rowid after {@code after} from which SQLite can read again, if any. */
    private static Optional<Long> nextReadable(Connection c, long after, String select) {
        long failed = after;
        long step = 1;
        while (true) {
            long probe = failed + step;
            if (probe < failed) {
                return Optional.empty(); // ran past the largest rowid
            }
            Optional<Optional<Long>> seek = seek(c, select, probe);
            if (seek.isPresent()) {
                return Optional.of(narrow(c, select, failed, probe));
            }
            failed = probe;
            step = step > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 2 : step * 2;
        }
    }

    /** Between a start that fails and one that reads, the smallest start that reads. */
    private static long narrow(Connection c, String select, long failed, long reads) {
        while (failed < reads - 1) {
            long mid = (failed & reads) + ((failed ^ reads) >> 1); // the midpoint, without overflow
            if (seek(c, select, mid).isPresent()) {
                reads = mid;
            } else {
                failed = mid;
            }
        }
        return reads;
    }

    /**
     * Empty when reading from just after {@code after} fails (the same columns as the scan, and one row further, so
     * the pages the scan will need are checked); else the first rowid there, if any.
     */
    private static Optional<Optional<Long>> seek(Connection c, String select, long after) {
        try (PreparedStatement ps = c.prepareStatement(select + " LIMIT 2")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<Long> first = Optional.empty();
                if (rs.next()) {
                    first = Optional.of(rs.getLong(1));
                    for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                        rs.getObject(i);
                    }
                }
                rs.next();
                return Optional.of(first);
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Read byPages(Path db, Map<String, List<Column>> wanted) throws IOException {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        try (RawPages pages = new RawPages(db, Files.exists(wal) ? wal : null)) {
            Map<String, Long> roots = new HashMap<>();
            for (RawPages.RawRow r : pages.schemaRows()) {
                if ("table".equals(r.values().get(0))) {
                    roots.putIfAbsent((String) r.values().get(1), (Long) r.values().get(3));
                }
            }
            List<String> problems = new ArrayList<>();
            Map<String, Table> tables = new LinkedHashMap<>();
            for (var w : wanted.entrySet()) {
                Long root = roots.get(w.getKey());
                if (root == null) {
                    if (FIRST_SCHEMA.contains(w.getKey())) { // later tables may just be missing from an older schema
                        problems.add("the table " + w.getKey() + " could not be found");
                    }
                    continue;
                }
                RawPages.Walk walk = pages.walk(root);
                List<String> columns = w.getValue().stream().map(Column::name).toList();
                List<List<Object>> rows = new ArrayList<>();
                for (RawPages.RawRow r : walk.rows()) {
                    List<Object> values = new ArrayList<>(r.values().subList(0,
                            Math.min(r.values().size(), columns.size())));
                    for (int i = 0; i < values.size(); i++) {
                        if (w.getValue().get(i).rowid() && values.get(i) == null) {
                            values.set(i, r.rowid()); // the rowid alias is stored as NULL in the record
                        }
                    }
                    rows.add(values);
                }
                List<String> damage = new ArrayList<>();
                if (walk.damagedPages() + walk.damagedCells() > 0) {
                    damage.add(walk.damagedPages() + " page(s) and " + walk.damagedCells()
                            + " record(s) could not be read");
                }
                tables.put(w.getKey(), new Table(w.getKey(), columns, rows, damage));
            }
            return new Read("pages", tables, problems);
        }
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
