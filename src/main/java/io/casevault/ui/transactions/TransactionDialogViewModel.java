package io.casevault.ui.transactions;

import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.SaveCommand;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The add- and edit-transaction dialog: the {@link TransactionForm} with its checks, and saving through the
 * transaction service in the background; a refusal is one sentence under the form until the input changes.
 */
public final class TransactionDialogViewModel {
    private final TransactionForm form;
    private final Formats formats;
    private final ZoneId zone;
    private final Function<NewTransaction, Transaction> saver;
    private final StringProperty error = new SimpleStringProperty("");
    private final SaveCommand<Transaction> save;
    private final BooleanBinding canSave;

    /** {@code clock} is in the window's zone; {@code existing} is the transaction to edit, or null for a new one. */
    public TransactionDialogViewModel(Texts texts, Background background, Clock clock, long caseId,
                                      Transaction existing, Function<NewTransaction, Transaction> saver) {
        this.zone = clock.getZone();
        this.formats = new Formats(texts.bundle(), texts.locale(), zone);
        this.saver = Objects.requireNonNull(saver);
        form = new TransactionForm(texts::text, zone, caseId, LocalDate.now(clock));
        if (existing != null) {
            form.load(existing);
        }
        form.valid().addListener((o, a, b) -> error.set(""));
        save = new SaveCommand<>(texts, background, texts.text("tx.saving"), error);
        canSave = form.valid().and(save.saving().not());
    }

    public TransactionForm form() {
        return form;
    }

    /** Saves the transaction; {@code onSaved} gets it, or {@link #error()} says why not. */
    public void save(Consumer<Transaction> onSaved) {
        save.run(form::toNewTransaction, saver, onSaved);
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** Why the last save was refused; empty otherwise. */
    public StringProperty error() {
        return error;
    }

    /** The zone times are entered in: the window's. */
    public ZoneId zone() {
        return zone;
    }

    Formats formats() {
        return formats;
    }
}
