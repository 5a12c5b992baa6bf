package io.casevault.domain;


import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which columns of a generic CSV hold what. {@code time} and {@code amount} are required; a signed amount gives the
 * direction when no direction column is mapped. {@code dateFormat} is a {@link DateTimeFormatter} pattern (else the
 * date order is decided from the values); {@code currency} is the default when no currency column is mapped.
 */
public record ColumnMapping(String time, String amount, String currencyColumn, String direction, String counterparty,
                            String id, String note, String dateFormat, ZoneId zone, Currency currency) {
    private static final List<String> KEYS = List.of("time", "amount", "currency", "direction", "counterparty", "id",
            "note", "date-format", "zone", "default-currency");

    public ColumnMapping {
        time = Checks.required(time, "The time column of the mapping (time=…)");
        amount = Checks.required(amount, "The amount column of the mapping (amount=…)");
        currencyColumn = Checks.optional(currencyColumn);
        direction = Checks.optional(direction);
        counterparty = Checks.optional(counterparty);
        id = Checks.optional(id);
        note = Checks.optional(note);
        dateFormat = Checks.optional(dateFormat);
        Checks.notNull(zone, "The time zone of the mapping");
        if (dateFormat != null) {
            try {
                DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new DomainException(Reason.of("mapping.dateFormat", "Date format \"" + dateFormat
                        + "\" is not a pattern such as dd.MM.yyyy HH:mm.", dateFormat));
            }
        }
    }

    /**
     * Reads {@code time=Date,amount=Amount,…} (the CLI's {@code --map}, also how a remembered mapping is stored).
     * {@code zone} and {@code currency} apply unless the text names its own {@code zone=} / {@code default-currency=}.
     */
    public static ColumnMapping parse(String spec, String dateFormat, ZoneId zone, Currency currency) {
        Map<String, String> m = new LinkedHashMap<>();
        String lastKey = null;
        for (String part : Checks.required(spec, "The column mapping").split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? null : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (key != null && KEYS.contains(key)) {
                m.put(key, part.substring(eq + 1).strip());
                lastKey = key;
            } else if (lastKey != null) {
                m.put(lastKey, m.get(lastKey) + "," + part); // a column name with a comma in it
            } else {
                throw new DomainException(Reason.of("mapping.part", "Mapping \"" + part.strip()
                        + "\" is not key=Column with a key of " + String.join(", ", KEYS) + ".", part.strip(),
                        String.join(", ", KEYS)));
            }
        }
        ZoneId z = m.containsKey("zone") ? parseZone(m.get("zone")) : zone;
        Currency c = m.containsKey("default-currency") ? Money.parseCurrency(m.get("default-currency")) : currency;
        return new ColumnMapping(m.get("time"), m.get("amount"), m.get("currency"), m.get("direction"),
                m.get("counterparty"), m.get("id"), m.get("note"),
                dateFormat != null ? dateFormat : m.get("date-format"), z, c);
    }

    static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (RuntimeException e) {
            throw new DomainException(Reason.of("mapping.zone",
                    "Time zone \"" + text + "\" is not a zone such as Asia/Shanghai or UTC.", text));
        }
    }

    /** The text form, which {@link #parse} reads back to an equal mapping. */
    public String spec() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("time", time);
        m.put("amount", amount);
        m.put("currency", currencyColumn);
        m.put("direction", direction);
        m.put("counterparty", counterparty);
        m.put("id", id);
        m.put("note", note);
        m.put("date-format", dateFormat);
        m.put("zone", zone.getId());
        m.put("default-currency", currency == null ? null : currency.getCurrencyCode());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    /**
     * A column name as compared: without spaces, tabs, quotes and byte-order mark, lower case, full-width brackets
     * as ASCII, so {@code 金额（元）} equals {@code 金额(元)}.
     */
    public static String normalizeColumn(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '\uFEFF', '"', '\t', ' ', '\u00A0', '\u3000' -> {
                }
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                default -> sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The key a mapping is remembered under: the header's column names, normalised. */
    public static String layoutKey(List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String name : header) {
            String n = normalizeColumn(name);
            if (!n.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "|").append(n);
            }
        }
        return sb.toString();
    }
}
