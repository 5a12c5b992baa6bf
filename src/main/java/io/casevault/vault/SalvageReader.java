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
                Optional<Long> next = nextReadable(c, quoted, after);
                String from = after == Long.MIN_VALUE ? "the first row" : "rowid " + after;
                damage.add("rows after " + from + (next.map(n -> " up to rowid " + n).orElse(" to the end"))
                        + " could not be read (" + firstLine(e) + ")");
                if (next.isEmpty()) {
                    return new Table(table, columns, rows, damage);
                }
                after = next.get() - 1;
            }
        }
    }

    /** The smallest rowid after {@code after} from which SQLite can read again, if any. */
    private static Optional<Long> nextReadable(Connection c, String table, long after) {
        long failed = after;
        long step = 1;
        while (true) {
            long probe = failed + step;
            if (probe < failed) {
                return Optional.empty(); // ran past the largest rowid
            }
            Optional<Optional<Long>> seek = seek(c, table, probe);
            if (seek.isPresent()) {
                if (seek.get().isEmpty()) {
                    return Optional.empty(); // readable, and nothing after it
                }
                return Optional.of(narrow(c, table, failed, probe));
            }
            failed = probe;
            step = step > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 2 : step * 2;
        }
    }

    /** Between a start that fails and one that reads, the smallest start that reads. */
    private static long narrow(Connection c, String table, long failed, long reads) {
        while (reads - failed > 1) {
            long mid = failed + (reads - failed) / 2;
            if (seek(c, table, mid).isPresent()) {
                reads = mid;
            } else {
                failed = mid;
            }
        }
        return reads;
    }

    /** Empty when reading from {@code from} fails; else the first rowid at or after it, if any. */
    private static Optional<Optional<Long>> seek(Connection c, String table, long from) {
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM " + table
                + " WHERE rowid >= ? ORDER BY rowid LIMIT 2")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<Long> first = rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                while (rs.next()) {
                    // reading one row further checks the page the first one is on
                }
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
            problems.add("SQLite cannot read the database's schema; its " + pages.pageCount()
                    + " pages were read one by one");
            Map<String, Table> tables = new LinkedHashMap<>();
            for (var w : wanted.entrySet()) {
                Long root = roots.get(w.getKey());
                if (root == null) {
                    problems.add("the table " + w.getKey() + " could not be found");
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
