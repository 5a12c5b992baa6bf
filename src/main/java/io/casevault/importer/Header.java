package io.casevault.importer;

import io.casevault.domain.ColumnMapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A header row, looked up by column name (never by position). Names compare after trimming spaces, tabs, quotes and
 * a byte-order mark, ignoring case and full-width brackets, so {@code 金额（元）} finds {@code 金额(元)}.
 */
final class Header {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    Header(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(normalize(names.get(i)), i);
        }
    }

    static String normalize(String name) {
        return ColumnMapping.normalizeColumn(name);
    }

    /** The names as written, trimmed. */
    List<String> names() {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(n.strip().replace("\uFEFF", ""));
        }
        return Collections.unmodifiableList(out);
    }

    int size() {
        return names.size();
    }

    /** Index of the first of {@code aliases} present, or -1. */
    int find(String... aliases) {
        for (String a : aliases) {
            Integer i = index.get(normalize(a));
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    boolean hasAll(String... columns) {
        for (String c : columns) {
            if (find(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Columns with a name, i.e. not counting the empty cells a trailing comma adds. */
    int namedColumns() {
        int n = names.size();
        while (n > 0 && normalize(names.get(n - 1)).isEmpty()) {
            n--;
        }
        return n;
    }

    String first() {
        return names.isEmpty() ? "" : normalize(names.get(0));
    }
}
