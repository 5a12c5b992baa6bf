package io.casevault.ui.transactions;

import io.casevault.domain.Transaction;
import io.casevault.ui.common.UiContext;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Transitional: the transaction and statement dialogs as they are built today, from the old context. */
public final class ContextTransactionDialogs implements TransactionDialogs {
    private final UiContext ctx;

    public ContextTransactionDialogs(UiContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    @Override
    public void edit(Window owner, long caseId, Transaction existing, Consumer<Transaction> saved) {
        TransactionDialog.show(ctx, owner, caseId, existing, saved);
    }

    @Override
    public Optional<Path> chooseStatement(Window owner) {
        return ImportStatementDialog.chooseFile(ctx, owner);
    }

    @Override
    public void importStatement(Window owner, long caseId, Path file, Runnable imported) {
        ImportStatementDialog.show(ctx, owner, caseId, file, r -> imported.run());
    }
}
