package io.casevault.ui.transactions;

import io.casevault.app.StatementImportService;
import io.casevault.app.TransactionService;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The transactions tab's dialogs (a transaction, a statement import) over the services they use. */
public final class ServiceTransactionDialogs implements TransactionDialogs {
    private final TransactionService transactions;
    private final StatementImportService statements;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final Clock clock;

    /** @param clock the clock in the window's time zone */
    public ServiceTransactionDialogs(TransactionService transactions, StatementImportService statements, Texts texts,
                                     Background background, Notifier notifier, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions);
        this.statements = Objects.requireNonNull(statements);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void edit(Window owner, long caseId, Transaction existing, Consumer<Transaction> saved) {
        new TransactionDialog(transactions, texts, background, clock).show(owner, caseId, existing, saved);
    }

    @Override
    public Optional<Path> chooseStatement(Window owner) {
        return ImportStatementDialog.chooseFile(texts, owner);
    }

    @Override
    public void importStatement(Window owner, long caseId, Path file, Runnable imported) {
        new ImportStatementDialog(statements, texts, background, notifier, clock.getZone()).show(owner, caseId, file,
                r -> imported.run());
    }
}
