package io.casevault.ui.transactions;

import io.casevault.app.ImportPreview;
import io.casevault.app.ImportRequest;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import io.casevault.domain.RowProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The import dialog's state without controls: the file, the format, the column mapping of a generic CSV, the preview
 * (rows, problem lines, duplicates) or the reason the file cannot be read, and "skip bad rows". Import is possible only
 * for a previewed file, and for one with bad rows only when the user chose to skip them.
 */
public final class ImportStatementForm {

    /** The columns a generic CSV is mapped to; time and amount are required. */
    public enum Field { TIME, AMOUNT, CURRENCY, DIRECTION, COUNTERPARTY, ID, NOTE }

    private final Function<String, String> text;
    private final Function<Reason, String> reasons;
    private final long caseId;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<StatementChoice> choice = new SimpleObjectProperty<>(StatementChoice.AUTO);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final Map<Field, StringProperty> mapped = new EnumMap<>(Field.class);
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty fileProblem = new SimpleStringProperty("");
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty mappingEdited = new SimpleBooleanProperty();
    private final ImportSelection selection = new ImportSelection();
    private boolean filling;
    private final BooleanBinding hasProblems;
    private final BooleanBinding mappingComplete;
    private final BooleanBinding canImport;

    /** {@code text} gives a bundle key's sentence, {@code reasons} a bad row's reason, in the window's language. */
    public ImportStatementForm(Function<String, String> text, Function<Reason, String> reasons, long caseId,
                               ZoneId defaultZone) {
        this.text = Objects.requireNonNull(text);
        this.reasons = Objects.requireNonNull(reasons);
        this.caseId = caseId;
        for (Field f : Field.values()) {
            mapped.put(f, new SimpleStringProperty(""));
            mapped.get(f).addListener((o, a, b) -> edited());
        }
        zone.set(defaultZone.getId());
        dateFormat.addListener((o, a, b) -> edited());
        zone.addListener((o, a, b) -> edited());
        hasProblems = Bindings.createBooleanBinding(() -> preview.get() != null
                && preview.get().statement().hasProblems(), preview);
        mappingComplete = Bindings.createBooleanBinding(() -> !mapped.get(Field.TIME).get().isBlank()
                && !mapped.get(Field.AMOUNT).get().isBlank(), mapped.get(Field.TIME), mapped.get(Field.AMOUNT));
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && !busy.get()
                        && (!hasProblems.get() || skipBadRows.get()) && selection.count().get() > 0,
                preview, busy, hasProblems, skipBadRows, selection.count());
    }

    private void edited() {
        if (!filling) {
            mappingEdited.set(true);
        }
    }

    /** The mapping to read a generic CSV with; null for the other formats. Throws the domain's sentence when wrong. */
    public ColumnMapping mapping() {
        if (choice.get() != StatementChoice.CSV) {
            return null;
        }
        return new ColumnMapping(value(Field.TIME), value(Field.AMOUNT), value(Field.CURRENCY),
                value(Field.DIRECTION), value(Field.COUNTERPARTY), value(Field.ID), value(Field.NOTE),
                dateFormat.get().isBlank() ? null : dateFormat.get().strip(), zoneId(), null);
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone.get().strip());
        } catch (RuntimeException e) {
            throw new DomainException(text.apply("import.error.zone"));
        }
    }

    private String value(Field f) {
        String v = mapped.get(f).get();
        return v == null || v.isBlank() ? null : v;
    }

    /** The request for the previewed file as the user set it up: only the ticked rows. */
    public ImportRequest request() {
        return new ImportRequest(caseId, Objects.requireNonNull(file.get()), choice.get().format(), mapping(),
                skipBadRows.get(), selection.lines());
    }

    /** Fills the mapping from one remembered or used before; not an edit of the user's. */
    public void fill(ColumnMapping m) {
        filling = true;
        set(Field.TIME, m.time());
        set(Field.AMOUNT, m.amount());
        set(Field.CURRENCY, m.currencyColumn());
        set(Field.DIRECTION, m.direction());
        set(Field.COUNTERPARTY, m.counterparty());
        set(Field.ID, m.id());
        set(Field.NOTE, m.note());
        dateFormat.set(m.dateFormat() == null ? "" : m.dateFormat());
        zone.set(m.zone().getId());
        filling = false;
    }

    private void set(Field f, String column) {
        mapped.get(f).set(column == null ? "" : column);
    }

    /** Offers a first guess from the column names, for a layout seen for the first time. */
    public void guess(List<String> header) {
        filling = true;
        for (Field f : Field.values()) {
            if (!mapped.get(f).get().isBlank()) {
                continue;
            }
            header.stream().filter(h -> matches(f, ColumnMapping.normalizeColumn(h)))
                    .filter(h -> mapped.values().stream().noneMatch(p -> p.get().equals(h)))
                    .findFirst().ifPresent(h -> set(f, h));
        }
        filling = false;
    }

    private static boolean matches(Field f, String name) {
        List<String> words = switch (f) {
            case TIME -> List.of("date", "time", "日期", "时间", "datum", "fecha");
            case AMOUNT -> List.of("amount", "金额", "betrag", "importe", "sum");
            case CURRENCY -> List.of("currency", "币种", "货币", "währung", "moneda");
            case DIRECTION -> List.of("direction", "type", "收/支", "类型", "typ", "tipo");
            case COUNTERPARTY -> List.of("counterparty", "payee", "name", "对方", "商户", "empfänger");
            case ID -> List.of("id", "ref", "单号", "交易号", "流水号");
            case NOTE -> List.of("note", "memo", "备注", "description", "说明");
        };
        String n = name.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(n::contains);
    }

    /** Shows a preview: parsed rows and bad lines together, in file order. */
    public void previewed(ImportPreview p) {
        List<PreviewRow> all = new ArrayList<>();
        p.rows().forEach(r -> all.add(PreviewRow.parsed(r.row(), r.duplicate())));
        for (RowProblem problem : p.statement().problems()) {
            all.add(PreviewRow.bad(problem.line(), reasons.apply(problem.reason())));
        }
        all.sort(Comparator.comparingInt(PreviewRow::line));
        fileProblem.set("");
        selection.reset(all, p.incident(), p.disputed());
        preview.set(p);
        rows.setAll(all);
    }

    /** The file cannot be read at all: nothing to preview, nothing to import. */
    public void failed(String sentence) {
        preview.set(null);
        selection.reset(List.of(), null, null);
        rows.clear();
        fileProblem.set(sentence);
    }

    public long importable() {
        ImportPreview p = preview.get();
        return p == null ? 0 : p.rows().size() - p.duplicates();
    }

    public long caseId() {
        return caseId;
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    public ObjectProperty<StatementChoice> choice() {
        return choice;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty column(Field f) {
        return mapped.get(f);
    }

    public StringProperty dateFormat() {
        return dateFormat;
    }

    public StringProperty zone() {
        return zone;
    }

    public ObjectProperty<ImportPreview> preview() {
        return preview;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public StringProperty fileProblem() {
        return fileProblem;
    }

    public BooleanProperty skipBadRows() {
        return skipBadRows;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanBinding hasProblems() {
        return hasProblems;
    }

    public BooleanBinding mappingComplete() {
        return mappingComplete;
    }

    public BooleanBinding canImport() {
        return canImport;
    }

    /** Which rows are ticked for import. */
    public ImportSelection selection() {
        return selection;
    }

    /** True once the user changed a column, the date format or the zone. */
    public BooleanProperty mappingEdited() {
        return mappingEdited;
    }
}
