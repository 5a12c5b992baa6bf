package io.casevault.ui.transactions;

import io.casevault.app.TransactionService;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.time.Clock;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds or edits one transaction; Save is enabled only for valid input, and a refusal is shown in the dialog. Made once
 * with the transaction service; {@link #show} opens it.
 */
public final class TransactionDialog {
    private final Function<NewTransaction, Transaction> add;
    private final BiFunction<Long, NewTransaction, Transaction> update;
    private final Texts texts;
    private final Background background;
    private final Clock clock;

    /** {@code clock} is in the window's zone. */
    public TransactionDialog(Function<NewTransaction, Transaction> add,
                             BiFunction<Long, NewTransaction, Transaction> update, Texts texts, Background background,
                             Clock clock) {
        this.add = Objects.requireNonNull(add);
        this.update = Objects.requireNonNull(update);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
    }

    public TransactionDialog(TransactionService transactions, Texts texts, Background background, Clock clock) {
        this(transactions::add, transactions::update, texts, background, clock);
    }

    /** Shows the dialog without waiting; {@code onSaved} gets the added or edited transaction. */
    public Dialog<Transaction> show(Window owner, long caseId, Transaction existing, Consumer<Transaction> onSaved) {
        Function<NewTransaction, Transaction> saver = existing == null ? add
                : draft -> update.apply(existing.id(), draft);
        TransactionDialogViewModel model = new TransactionDialogViewModel(texts, background, clock, caseId, existing,
                saver);
        return show(owner, model, existing == null ? "tx.addTitle" : "tx.editTitle", onSaved);
    }

    /**
     * Shows the dialog for a new transaction with its form filled by {@code fill} first (e.g. from what a screenshot
     * shows), for the user to check and save; {@code onSaved} gets the transaction added.
     */
    public Dialog<Transaction> showFilled(Window owner, long caseId, Consumer<TransactionForm> fill,
                                          Consumer<Transaction> onSaved) {
        TransactionDialogViewModel model = new TransactionDialogViewModel(texts, background, clock, caseId, null, add);
        fill.accept(model.form());
        return show(owner, model, "tx.addTitle", onSaved);
    }

    private Dialog<Transaction> show(Window owner, TransactionDialogViewModel model, String titleKey,
                                     Consumer<Transaction> onSaved) {
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(TransactionFormController.class, () -> new TransactionFormController(model));
        return FxmlDialog.<Transaction>load(factory, FxmlView.TRANSACTION_DIALOG)
                .title(texts.text(titleKey))
                .submit(texts.text("tx.save"), "saveTransactionButton")
                .cancel(texts.text("app.cancel"))
                .minSize(640, 600)
                .show(owner, onSaved);
    }
}
