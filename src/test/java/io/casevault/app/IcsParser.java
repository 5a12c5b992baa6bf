package io.casevault.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict RFC 5545 reader for the tests: every line must end in CRLF and be at most 75 octets, continuation
 * lines start with one space, components nest properly, and TEXT values are unescaped. Fails on anything else.
 */
final class IcsParser {
    /** One component (VCALENDAR, VEVENT, VALARM) with its properties ("NAME;PARAMS" → raw value) and children. */
    record Component(String name, Map<String, String> properties, List<Component> children) {
        String text(String property) {
            String raw = properties.get(property);
            return raw == null ? null : unescape(raw);
        }
    }

    private IcsParser() {
    }

    static Component parse(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        if (!all.endsWith("\r\n")) {
            throw new AssertionError("the file does not end with CRLF");
        }
        List<String> unfolded = new ArrayList<>();
        for (String physical : all.substring(0, all.length() - 2).split("\r\n", -1)) {
            if (physical.contains("\n") || physical.contains("\r")) {
                throw new AssertionError("bare LF or CR in line: " + physical);
            }
            if (physical.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("line longer than 75 octets: " + physical);
            }
            if (physical.startsWith(" ")) {
                if (unfolded.isEmpty()) {
                    throw new AssertionError("continuation without a line");
                }
                unfolded.set(unfolded.size() - 1, unfolded.get(unfolded.size() - 1) + physical.substring(1));
            } else {
                unfolded.add(physical);
            }
        }
        Deque<Component> open = new ArrayDeque<>();
        Component root = null;
        for (String line : unfolded) {
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new AssertionError("not a content line: " + line);
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (name.equals("BEGIN")) {
                Component c = new Component(value, new LinkedHashMap<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    if (root != null) {
                        throw new AssertionError("two top-level components");
                    }
                    root = c;
                } else {
                    open.peek().children().add(c);
                }
                open.push(c);
            } else if (name.equals("END")) {
                if (open.isEmpty() || !open.pop().name().equals(value)) {
                    throw new AssertionError("END:" + value + " does not close the open component");
                }
            } else {
                if (open.isEmpty()) {
                    throw new AssertionError("property outside a component: " + line);
                }
                if (open.peek().properties().put(name, value) != null) {
                    throw new AssertionError("property given twice: " + name);
                }
            }
        }
        if (root == null || !open.isEmpty()) {
            throw new AssertionError("unbalanced components");
        }
        return root;
    }

    static String unescape(String raw) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                char n = raw.charAt(++i);
                switch (n) {
                    case '\\', ';', ',' -> s.append(n);
                    case 'n', 'N' -> s.append('\n');
                    default -> throw new AssertionError("bad escape \\" + n + " in " + raw);
                }
            } else if (c == ';' || c == ',') {
                throw new AssertionError("unescaped " + c + " in TEXT value " + raw);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
