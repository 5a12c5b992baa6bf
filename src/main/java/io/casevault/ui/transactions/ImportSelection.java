package io.casevault.ui.transactions;

import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.RowFilter;
import io.casevault.domain.StatementRow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which previewed rows are ticked for import. A small statement starts all ticked; a larger one only the rows around
 * the case's incident date (none when the case has none, with a note saying so). Rows already in the case and lines
 * that could not be read are never ticked. Quick selections (all, none, around the incident, by counterparty, by
 * amount) and the user's own ticks replace one another; {@link #touched()} says the user chose something.
 */
public final class ImportSelection {
    /** Up to this many rows a statement is taken whole by default. */
    public static final int SMALL = 20;
    /** Days before and after an exact or approximate incident date. */
    public static final int AROUND_DAYS = 15;
    /** Days before and after an incident range. */
    public static final int RANGE_MARGIN_DAYS = 7;

    /** Why the default is what it is: the rows were many, and the case has or lacks an incident date. */
    public enum Note { NONE, AROUND_INCIDENT, NO_INCIDENT }

    private final Map<Integer, BooleanProperty> ticks = new HashMap<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty minAmount = new SimpleStringProperty("");
    private final StringProperty maxAmount = new SimpleStringProperty("");
    private final ObservableList<String> counterparties = FXCollections.observableArrayList();
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>(Note.NONE);
    private final ObjectProperty<LocalDate> incidentFrom = new SimpleObjectProperty<>();
    private final BooleanProperty touched = new SimpleBooleanProperty();
    private List<PreviewRow> rows = List.of();
    private boolean quiet;

    /** Starts over for a new preview: the default ticks, the window around {@code incident}, the amount in dispute. */
    public void reset(List<PreviewRow> previewed, IncidentDate incident, Money disputed) {
        quiet = true;
        rows = List.copyOf(previewed);
        ticks.clear();
        for (PreviewRow r : rows) {
            if (tickable(r)) {
                ticks.computeIfAbsent(r.line(), l -> {
                    BooleanProperty p = new SimpleBooleanProperty();
                    p.addListener((o, a, b) -> changed());
                    return p;
                });
            }
        }
        Set<String> names = new TreeSet<>();
        rows.stream().filter(ImportSelection::tickable).map(r -> r.row().counterparty()).filter(Objects::nonNull)
                .forEach(names::add);
        counterparties.setAll(names);
        incidentFrom.set(incident == null ? null : incident.from());
        from.set(incident == null ? null : incident.from().minusDays(margin(incident)));
        to.set(incident == null ? null : incident.to().plusDays(margin(incident)));
        String amount = disputed == null ? "" : disputed.amount().toPlainString();
        minAmount.set(amount);
        maxAmount.set(amount);
        long readable = rows.stream().filter(r -> !r.isProblem()).count();
        if (readable <= SMALL) {
            note.set(Note.NONE);
            tickOnly(r -> true);
        } else if (incident != null) {
            note.set(Note.AROUND_INCIDENT);
            tickOnly(RowFilter.days(from.get(), to.get())::test);
        } else {
            note.set(Note.NO_INCIDENT);
            tickOnly(r -> false);
        }
        quiet = false;
        touched.set(false);
        recount();
    }

    private static int margin(IncidentDate incident) {
        return incident.kind() == IncidentDate.Kind.RANGE ? RANGE_MARGIN_DAYS : AROUND_DAYS;
    }

    /** Rows that may be imported: read, and not already in the case. */
    static boolean tickable(PreviewRow r) {
        return !r.isProblem() && !r.duplicate();
    }

    /**
     * Whether {@code row} is ticked; the same property for every row on one line (a PayPal payment and its fee), a
     * fixed false for a row that cannot be imported.
     */
    public BooleanProperty ticked(PreviewRow row) {
        BooleanProperty p = tickable(row) ? ticks.get(row.line()) : null;
        return p != null ? p : new SimpleBooleanProperty(false);
    }

    public void all() {
        tickOnly(r -> true);
    }

    public void none() {
        tickOnly(r -> false);
    }

    /** The rows from the {@link #from} day to the {@link #to} day; an empty bound does not limit. */
    public void aroundIncident() {
        tickOnly(RowFilter.days(from.get(), to.get())::test);
    }

    /** The rows with one of these counterparties. */
    public void byCounterparty(Collection<String> names) {
        if (names.isEmpty()) {
            none();
            return;
        }
        tickOnly(RowFilter.counterparties(Set.copyOf(names))::test);
    }

    /**
     * The rows whose amount is between {@link #minAmount} and {@link #maxAmount} (equal to it when only one is given
     * or both are the same). Throws the domain's sentence for an amount that is not a number.
     */
    public void byAmount() {
        BigDecimal min = amount(minAmount.get());
        BigDecimal max = amount(maxAmount.get());
        if (min == null) {
            min = max;
        } else if (max == null) {
            max = min;
        }
        tickOnly(RowFilter.amounts(min, max)::test);
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : Money.parseAmount(text);
    }

    /** Ticks or unticks these rows (the table's selection), leaving the others as they are. */
    public void tick(Collection<PreviewRow> chosen, boolean value) {
        boolean was = quiet;
        quiet = true;
        chosen.stream().filter(ImportSelection::tickable).map(r -> ticks.get(r.line())).filter(Objects::nonNull)
                .forEach(p -> p.set(value));
        quiet = was;
        changed();
    }

    /** Ticks these rows and unticks every other. */
    public void tickOnlyThese(Collection<PreviewRow> chosen) {
        Set<Integer> lines = new LinkedHashSet<>();
        chosen.forEach(r -> lines.add(r.line()));
        tickOnly(r -> lines.contains(r.line()));
    }

    private void tickOnly(Predicate<StatementRow> keep) {
        boolean was = quiet;
        quiet = true;
        Set<Integer> lines = new LinkedHashSet<>();
        rows.stream().filter(ImportSelection::tickable).filter(r -> keep.test(r.row())).forEach(r -> lines.add(
                r.line()));
        ticks.forEach((line, p) -> p.set(lines.contains(line)));
        quiet = was;
        changed();
    }

    private void changed() {
        if (!quiet) {
            touched.set(true);
            recount();
        }
    }

    private void recount() {
        count.set((int) rows.stream().filter(ImportSelection::tickable).filter(r -> ticks.get(r.line()).get())
                .count());
    }

    /** The lines to import. */
    public Set<Integer> lines() {
        Set<Integer> lines = new TreeSet<>();
        ticks.forEach((line, p) -> {
            if (p.get()) {
                lines.add(line);
            }
        });
        return lines;
    }

    /** How many rows will be imported. */
    public IntegerProperty count() {
        return count;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty minAmount() {
        return minAmount;
    }

    public StringProperty maxAmount() {
        return maxAmount;
    }

    /** The counterparties of the rows that can be imported, sorted. */
    public ObservableList<String> counterparties() {
        return counterparties;
    }

    /** Why the default ticks are what they are. */
    public ObjectProperty<Note> note() {
        return note;
    }

    /** The case's first incident day; null when it has none. */
    public ObjectProperty<LocalDate> incidentFrom() {
        return incidentFrom;
    }

    /** True once the user changed the ticks the preview started with. */
    public BooleanProperty touched() {
        return touched;
    }

    /** Every previewed row, ticked or not. */
    List<PreviewRow> rows() {
        return rows;
    }
}
