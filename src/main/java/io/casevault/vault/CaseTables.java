package io.casevault.vault;


import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows that make up one case, table by table, for handing a case to another vault. Rows travel as column → value
 * maps; on import, ids are given anew and every column that refers to another table's id is mapped through the ids
 * given so far. A later per-case table is one more {@link Table} in {@link #ALL}, after the tables it refers to.
 */
public final class CaseTables {
    private static final String OF_CASE = "case_id = :case";
    private static final String OF_CASE_EVIDENCE = "evidence_id IN (SELECT id FROM evidence WHERE case_id = :case)";

    /**
     * One table of a case.
     *
     * @param idColumn   the table's own id, given anew on import; null when rows have no id of their own
     * @param filter     the SQL condition selecting the case's rows, with {@code :case}
     * @param references column → the table whose ids it holds
     */
    public record Table(String name, String idColumn, String filter, Map<String, String> references) {
    }

    /** In dependency order: a table comes after every table it refers to. */
    public static final List<Table> ALL = List.of(
            new Table("cases", "id", "id = :case", Map.of()),
            new Table("case_demands", null, OF_CASE, Map.of("case_id", "cases")),
            new Table("case_tags", null, OF_CASE, Map.of("case_id", "cases")),
            new Table("case_clocks", null, OF_CASE, Map.of("case_id", "cases")),
            new Table("status_changes", "id", OF_CASE, Map.of("case_id", "cases")),
            new Table("transactions", "id", OF_CASE, Map.of("case_id", "cases")),
            new Table("followups", "id", OF_CASE, Map.of("case_id", "cases")),
            new Table("evidence", "id", OF_CASE, Map.of("case_id", "cases")),
            new Table("evidence_tags", null, OF_CASE_EVIDENCE, Map.of("evidence_id", "evidence")),
            new Table("redactions", "id", OF_CASE_EVIDENCE, Map.of("evidence_id", "evidence")),
            new Table("evidence_links", null, OF_CASE_EVIDENCE, Map.of("evidence_id", "evidence",
                    "transaction_id", "transactions", "followup_id", "followups")),
            new Table("evidence_text", null, OF_CASE_EVIDENCE, Map.of("evidence_id", "evidence")),
            new Table("evidence_text_lines", null, OF_CASE_EVIDENCE, Map.of("evidence_id", "evidence")),
            new Table("evidence_event_times", null, OF_CASE_EVIDENCE, Map.of("evidence_id", "evidence")));

    /** Every row of the case, per table in {@link #ALL} order; values are Long, Double, String or null. */
    public Map<String, List<Map<String, Object>>> read(Db h, long caseId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Table t : ALL) {
            String order = t.idColumn() == null ? "rowid" : t.idColumn();
            out.put(t.name(), h.createQuery("SELECT * FROM " + t.name() + " WHERE " + t.filter() + " ORDER BY " + order)
                    .bind("case", caseId).map((rs, ctx) -> row(rs)).list());
        }
        return out;
    }

    /**
     * Inserts the rows of a case read from another vault, inside the caller's transaction.
     *
     * @return the id of the new case
     * @throws IllegalArgumentException when the rows do not fit this vault's tables (an unknown table or column, a
     *                                  reference to a row that is not there); nothing of it must be committed then
     */
    public long insert(Db h, Map<String, List<Map<String, Object>>> tables) {
        Set<String> known = new LinkedHashSet<>();
        ALL.forEach(t -> known.add(t.name()));
        for (String name : tables.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("it holds a table this vault does not know: " + name);
            }
        }
        List<Map<String, Object>> caseRows = tables.getOrDefault("cases", List.of());
        if (caseRows.size() != 1) {
            throw new IllegalArgumentException("it holds " + caseRows.size() + " case rows instead of one");
        }
        Map<String, Map<Long, Long>> ids = new HashMap<>();
        for (Table t : ALL) {
            Set<String> columns = columns(h, t.name());
            Map<Long, Long> given = ids.computeIfAbsent(t.name(), k -> new HashMap<>());
            for (Map<String, Object> source : tables.getOrDefault(t.name(), List.of())) {
                Map<String, Object> row = new LinkedHashMap<>(source);
                Object oldId = t.idColumn() == null ? null : row.remove(t.idColumn());
                for (var ref : t.references().entrySet()) {
                    Object v = row.get(ref.getKey());
                    if (v != null) {
                        Long mapped = ids.getOrDefault(ref.getValue(), Map.of()).get(asLong(v));
                        if (mapped == null) {
                            throw new IllegalArgumentException(t.name() + "." + ref.getKey() + " refers to "
                                    + ref.getValue() + " row " + v + ", which it does not hold");
                        }
                        row.put(ref.getKey(), mapped);
                    }
                }
                for (String c : row.keySet()) {
                    if (!columns.contains(c)) {
                        throw new IllegalArgumentException("it holds a column this vault does not know: "
                                + t.name() + "." + c);
                    }
                }
                long newId = insertRow(h, t, row);
                if (oldId != null) {
                    given.put(asLong(oldId), newId);
                }
            }
        }
        return ids.get("cases").values().iterator().next();
    }

    private static long insertRow(Db h, Table t, Map<String, Object> row) {
        // column names were checked against the table's own columns: nothing from the bundle reaches the SQL text
        List<String> cols = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", cols.stream().map(c -> "?").toList()) + ")";
        var update = h.createUpdate(sql);
        for (int i = 0; i < cols.size(); i++) {
            update.bind(i, row.get(cols.get(i)));
        }
        if (t.idColumn() == null) {
            update.execute();
            return -1;
        }
        return update.executeAndReturnGeneratedKeys(t.idColumn()).mapTo(Long.class).one();
    }

    private static Set<String> columns(Db h, String table) {
        return new LinkedHashSet<>(h.createQuery("SELECT name FROM pragma_table_info(:t)").bind("t", table)
                .mapTo(String.class).list());
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof Integer n) {
                v = n.longValue();
            } else if (v instanceof byte[]) {
                throw new IllegalStateException(md.getColumnName(i) + " holds binary data, which a bundle cannot carry");
            }
            row.put(md.getColumnName(i), v);
        }
        return row;
    }

    private static long asLong(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("an id is not a number: " + v);
    }
}
