package io.casevault.importer;

import io.casevault.domain.ColumnMapping;
import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Reason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Any CSV, read through a {@link ColumnMapping} the user gave (or the app remembered for this header). */
final class MappedCsvParser implements FormatParser {
    private final ColumnMapping mapping;

    MappedCsvParser(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping);
    }

    @Override
    public StatementFormat format() {
        return StatementFormat.CSV;
    }

    @Override
    public Reason layout(Header h) {
        return h.find(mapping.time()) >= 0 && h.find(mapping.amount()) >= 0
                ? Reason.of("layout.mappedCsv", "CSV with a column mapping") : null;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(mapping.time(), mapping.amount());
    }

    @Override
    public RowReader open(Table table) {
        Header h = table.header();
        int time = column(h, mapping.time(), "time");
        int amount = column(h, mapping.amount(), "amount");
        int currency = column(h, mapping.currencyColumn(), "currency");
        int direction = column(h, mapping.direction(), "direction");
        int counterparty = column(h, mapping.counterparty(), "counterparty");
        int id = column(h, mapping.id(), "id");
        int note = column(h, mapping.note(), "note");
        List<String> amounts = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (RawRow r : table.rows()) {
            amounts.add(r.cell(amount));
            dates.add(datePart(r.cell(time)));
        }
        Amounts.DecimalMark mark = Amounts.decide(amounts, Amounts.DecimalMark.POINT);
        DateTimeFormatter pattern = mapping.dateFormat() == null ? null
                : DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
        Dates.Order order = pattern == null ? Dates.decide(dates, Dates.Order.DMY) : null;
        return (row, out) -> {
            String timeText = row.cell(time);
            LocalDateTime local = pattern == null ? guess(timeText, order) : parse(timeText, pattern);
            BigDecimal signed = Amounts.parse(row.cell(amount), mark);
            Direction dir = signed.signum() < 0 ? Direction.OUT : signed.signum() > 0 ? Direction.IN
                    : Direction.NEUTRAL;
            if (direction >= 0 && !row.cell(direction).isEmpty()) {
                Direction named = Directions.of(row.cell(direction));
                if (named == null) {
                    throw new RowException(Reason.of("import.csv.direction",
                            "the direction \"" + row.cell(direction) + "\" is not a word such as out,"
                            + " in, debit, credit, 支出 or 收入", row.cell(direction)));
                }
                dir = signed.signum() < 0 && named == Direction.IN ? Direction.OUT : named;
            }
            Currency cur = currency >= 0 && !row.cell(currency).isEmpty() ? Money.parseCurrency(row.cell(currency))
                    : mapping.currency();
            if (cur == null) {
                throw new RowException(Reason.of("import.csv.noCurrency",
                        "there is no currency: map a currency column or give a default currency"));
            }
            out.add(new StatementRow(row.line(), local.atZone(mapping.zone()).toInstant(), mapping.zone(),
                    new Money(signed.abs(), cur), dir, row.cell(counterparty), row.cell(id), null, null, null,
                    row.cell(note)));
        };
    }

    private static int column(Header h, String name, String role) {
        if (name == null) {
            return -1;
        }
        int i = h.find(name);
        if (i < 0) {
            throw new StatementException(Reason.of("import.csv.column",
                    "The column \"" + name + "\" mapped to " + role + " is not in the header ("
                    + String.join(", ", h.names()) + ").", name, role, String.join(", ", h.names())));
        }
        return i;
    }

    private static String datePart(String text) {
        int cut = text.indexOf(' ');
        int t = text.indexOf('T');
        int end = cut < 0 ? t : t < 0 ? cut : Math.min(cut, t);
        return end < 0 ? text : text.substring(0, end);
    }

    private static LocalDateTime guess(String text, Dates.Order order) {
        String date = datePart(text);
        String rest = text.length() > date.length() ? text.substring(date.length() + 1).strip() : "";
        LocalDate d = Dates.date(date, order);
        return d.atTime(Dates.time(rest));
    }

    private static LocalDateTime parse(String text, DateTimeFormatter pattern) {
        try {
            TemporalAccessor t = pattern.parse(text);
            LocalDate d = LocalDate.from(t);
            return t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY) ? LocalDateTime.from(t)
                    : d.atStartOfDay();
        } catch (java.time.DateTimeException e) {
            throw new RowException(Reason.of("import.csv.timeFormat",
                    "the time \"" + text + "\" does not match the date format", text));
        }
    }
}
