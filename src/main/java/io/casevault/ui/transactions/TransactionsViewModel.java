package io.casevault.ui.transactions;

import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/** The transactions of one case: the rows, their count and totals per currency, trash with Undo. */
public final class TransactionsViewModel {

    /** What the transactions view reads and changes. */
    public interface Services {
        List<Transaction> list(long caseId);

        void trash(long transactionId);

        void restore(long transactionId);

        /** False for a read-only vault: statements cannot be imported into it. */
        boolean canImport();
    }

    private final Services services;
    private final Texts texts;
    private final Formats formats;
    private final Background background;
    private final Notifier notifier;
    private final ObservableList<Transaction> rows = FXCollections.observableArrayList();
    private final ObservableList<String> totals = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private final ObjectProperty<Long> caseId = new SimpleObjectProperty<>();
    private final BooleanProperty importAllowed = new SimpleBooleanProperty();
    /** The row to select and scroll to after a reload (the saved or restored one), or null. */
    private final ObjectProperty<Transaction> reveal = new SimpleObjectProperty<>();

    public TransactionsViewModel(Services services, Texts texts, Formats formats, Background background,
                                 Notifier notifier) {
        this.services = Objects.requireNonNull(services);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
    }

    /** Shows the transactions of this case. */
    public void show(long id) {
        caseId.set(id);
        importAllowed.set(services.canImport());
        reload(null);
    }

    /** Loads the rows again, then reveals the one with id {@code select} when given. */
    public void reload(Long select) {
        Long shown = caseId.get();
        if (shown == null) {
            return;
        }
        long id = shown;
        // the totals are summed here, off the FX thread: 10,000 rows' worth of money
        Tasks.create(() -> {
                    List<Transaction> list = services.list(id);
                    return new Loaded(list, Totals.of(list));
                }).title(texts.text("tx.loading"))
                .onSuccess(loaded -> {
                    if (Objects.equals(caseId.get(), id)) {
                        apply(loaded, select);
                    }
                })
                .onError(e -> notifier.error(texts.text("tx.loadFailed"), texts.describe(e)))
                .run(background);
    }

    private record Loaded(List<Transaction> rows, List<Totals> totals) {
    }

    private void apply(Loaded loaded, Long select) {
        List<Transaction> list = loaded.rows();
        if (!rows.equals(list)) { // reopening the tab of a large case: the table is not laid out again for nothing
            rows.setAll(list);
        }
        count.set(texts.text("tx.count", list.size()));
        List<String> lines = loaded.totals().stream().map(t -> texts.text("tx.totals", formats.money(t.out()),
                formats.money(t.in()))).toList();
        if (!totals.equals(lines)) { // the same totals keep their lines
            totals.setAll(lines);
        }
        reveal.set(null);
        if (select != null) {
            list.stream().filter(t -> t.id() == select).findFirst().ifPresent(reveal::set);
        }
    }

    /** Moves the transaction to the trash, with an Undo in the notification. */
    public void trash(Transaction selected) {
        String what = formats.money(selected.money()) + (selected.counterparty() == null ? ""
                : " · " + selected.counterparty());
        Tasks.create(() -> {
            services.trash(selected.id());
            return selected;
        }).title(texts.text("tx.trashing")).onSuccess(t -> {
            reload(null);
            notifier.info(texts.text("tx.trashed"), what, texts.text("app.undo"), () -> restore(t));
        }).onError(e -> notifier.error(texts.text("tx.trashFailed"), texts.describe(e))).run(background);
    }

    private void restore(Transaction t) {
        Tasks.create(() -> {
            services.restore(t.id());
            return t;
        }).title(texts.text("tx.restoring"))
                .onSuccess(r -> reload(r.id()))
                .onError(e -> notifier.error(texts.text("tx.restoreFailed"), texts.describe(e)))
                .run(background);
    }

    public ObservableList<Transaction> rows() {
        return rows;
    }

    /** One line per currency: "Total out …, in …". */
    public ObservableList<String> totals() {
        return totals;
    }

    public ReadOnlyStringProperty count() {
        return count;
    }

    /** The case shown, or null before one is. */
    public ReadOnlyObjectProperty<Long> caseId() {
        return caseId;
    }

    public ReadOnlyBooleanProperty importAllowed() {
        return importAllowed;
    }

    public ReadOnlyObjectProperty<Transaction> reveal() {
        return reveal;
    }
}
