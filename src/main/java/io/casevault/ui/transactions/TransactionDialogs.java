package io.casevault.ui.transactions;

import io.casevault.domain.Transaction;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** The dialogs the transactions view opens; the window's wiring provides them. */
public interface TransactionDialogs {

    /** The transaction dialog, on a new transaction when {@code existing} is null; {@code saved} gets the result. */
    void edit(Window owner, long caseId, Transaction existing, Consumer<Transaction> saved);

    /** Asks for a statement file to import. */
    Optional<Path> chooseStatement(Window owner);

    /** The statement import dialog on the chosen file; {@code imported} runs after an import. */
    void importStatement(Window owner, long caseId, Path file, Runnable imported);
}
