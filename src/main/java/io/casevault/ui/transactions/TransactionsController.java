package io.casevault.ui.transactions;

import io.casevault.domain.Transaction;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.ColumnFit;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Objects;
import java.util.Set;

/** The transactions tab: a table, add and edit in a dialog, trash with Undo, totals per currency. */
public final class TransactionsController implements CaseView {
    private final TransactionsViewModel model;
    private final Texts texts;
    private final Formats formats;
    private final TransactionDialogs dialogs;

    @FXML private VBox root;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button trashButton;
    @FXML private Button importStatementButton;
    @FXML private Label countLabel;
    @FXML private TableView<Transaction> table;
    @FXML private TableColumn<Transaction, String> timeColumn;
    @FXML private TableColumn<Transaction, String> amountColumn;
    @FXML private TableColumn<Transaction, String> directionColumn;
    @FXML private TableColumn<Transaction, String> counterpartyColumn;
    @FXML private TableColumn<Transaction, String> refColumn;
    @FXML private TableColumn<Transaction, String> methodColumn;
    @FXML private TableColumn<Transaction, String> statusColumn;
    @FXML private TableColumn<Transaction, String> noteColumn;
    @FXML private VBox totalsBox;

    public TransactionsController(TransactionsViewModel model, Texts texts, Formats formats,
                                  TransactionDialogs dialogs) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    @FXML
    private void initialize() {
        // a payment recorded in another zone (China time on a computer set to UTC) reads as it was recorded, with its offset
        TextColumns.bind(timeColumn, t -> formats.dateTime(t.at(), t.zone()));
        TextColumns.bind(amountColumn, t -> formats.money(t.money()));
        TextColumns.bind(directionColumn, t -> formats.direction(t.direction()));
        TextColumns.bind(counterpartyColumn, Transaction::counterparty);
        TextColumns.bind(refColumn, Transaction::txRef);
        TextColumns.bind(methodColumn, Transaction::method);
        TextColumns.bind(statusColumn, Transaction::status);
        TextColumns.bind(noteColumn, Transaction::note);
        table.setItems(model.rows());
        ColumnFit.keep(table, Set.of(counterpartyColumn, methodColumn, statusColumn, noteColumn));
        table.setPlaceholder(new Label(texts.text("tx.empty")));
        table.setRowFactory(v -> {
            TableRow<Transaction> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        trashButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        addButton.disableProperty().bind(model.caseId().isNull());
        importStatementButton.disableProperty().bind(model.caseId().isNull().or(model.importAllowed().not()));
        countLabel.textProperty().bind(model.count());
        model.totals().addListener((ListChangeListener<String>) c -> totalsBox.getChildren().setAll(
                model.totals().stream().map(TransactionsController::totalsLine).toList()));
        model.reveal().addListener((o, a, t) -> {
            if (t != null) {
                table.getSelectionModel().select(t);
                table.scrollTo(t);
            }
        });
    }

    private static Node totalsLine(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("totals-line");
        return l;
    }

    @Override
    public String titleKey() {
        return "tx.tab";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void showCase(long id) {
        model.show(id);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void add() {
        Long caseId = model.caseId().get();
        if (caseId != null) {
            dialogs.edit(window(), caseId, null, saved -> model.reload(saved.id()));
        }
    }

    @FXML
    private void importStatement() {
        Long caseId = model.caseId().get();
        if (caseId != null) {
            dialogs.chooseStatement(window()).ifPresent(file -> dialogs.importStatement(window(), caseId, file,
                    () -> model.reload(null)));
        }
    }

    @FXML
    private void edit() {
        Transaction selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.edit(window(), selected.caseId(), selected, saved -> model.reload(saved.id()));
        }
    }

    @FXML
    private void trash() {
        Transaction selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.trash(selected);
        }
    }
}
