package io.casevault.ui.transactions;

import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The transactions of the case: a table, add and edit in a dialog, trash with Undo, totals per currency. */
public final class TransactionsView implements CaseView {
    private final UiContext ctx;
    private final Formats formats;
    private final Node root;
    private final ObservableList<Transaction> rows = FXCollections.observableArrayList();
    private Long caseId;

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

    public TransactionsView(UiContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.formats = Formats.of(ctx);
        this.root = new FxmlLoaderFactory(ctx.bundle()).register(TransactionsView.class, () -> this)
                .load(FxmlView.TRANSACTIONS).getRoot();
    }

    @FXML
    private void initialize() {
        column(timeColumn, t -> formats.dateTime(t.at()));
        column(amountColumn, t -> formats.money(t.money()));
        column(directionColumn, t -> formats.direction(t.direction()));
        column(counterpartyColumn, Transaction::counterparty);
        column(refColumn, Transaction::txRef);
        column(methodColumn, Transaction::method);
        column(statusColumn, Transaction::status);
        column(noteColumn, Transaction::note);
        table.setItems(rows);
        table.setPlaceholder(new Label(ctx.text("tx.empty")));
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
        addButton.setDisable(true);
        importStatementButton.setDisable(true);
    }

    /** A text column whose cells show their full text in a tooltip, since notes and IDs are often cut. */
    private static void column(TableColumn<Transaction, String> column, Function<Transaction, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(Objects.toString(value.apply(c.getValue()), "")));
        column.setCellFactory(c -> new TableCell<>() {
            // one tooltip per cell, reused: creating a Tooltip on every update stalls scrolling through long tables
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                boolean show = !empty && item != null && !item.isEmpty();
                tip.setText(show ? item : "");
                setTooltip(show ? tip : null);
            }
        });
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
        this.caseId = id;
        addButton.setDisable(false);
        importStatementButton.setDisable(!ctx.session().isWritable());
        reload(null);
    }

    private void reload(Long select) {
        long id = caseId;
        Tasks.create(() -> ctx.session().transactions().list(id)).title(ctx.text("tx.loading"))
                .onSuccess(list -> {
                    if (caseId != null && caseId == id) {
                        show(list, select);
                    }
                })
                .onError(e -> ctx.notifier().error(ctx.text("tx.loadFailed"), ctx.describe(e)))
                .run(ctx);
    }

    private void show(List<Transaction> list, Long select) {
        rows.setAll(list);
        countLabel.setText(ctx.text("tx.count", list.size()));
        totalsBox.getChildren().setAll(Totals.of(list).stream().map(t -> {
            Label l = new Label(ctx.text("tx.totals", formats.money(t.out()), formats.money(t.in())));
            l.getStyleClass().add("totals-line");
            return (Node) l;
        }).toList());
        if (select != null) {
            list.stream().filter(t -> t.id() == select).findFirst().ifPresent(t -> {
                table.getSelectionModel().select(t);
                table.scrollTo(t);
            });
        }
    }

    @FXML
    private void add() {
        if (caseId != null) {
            new TransactionDialog(ctx.session().transactions(), ctx.texts(), Background.using(ctx.background(),
                    ctx.work()), ctx.clock().withZone(ctx.zone())).show(root.getScene().getWindow(), caseId, null,
                    saved -> reload(saved.id()));
        }
    }

    @FXML
    private void importStatement() {
        if (caseId != null) {
            ImportStatementDialog.chooseFile(ctx.texts(), root.getScene().getWindow()).ifPresent(this::importStatement);
        }
    }

    /** Opens the import dialog on a chosen statement; the table reloads after an import. */
    ImportStatementViewModel importStatement(java.nio.file.Path file) {
        return new ImportStatementDialog(ctx.session().statements(), ctx.texts(), Background.using(ctx.background(),
                ctx.work()), ctx.notifier(), ctx.zone()).show(root.getScene().getWindow(), caseId, file,
                r -> reload(null));
    }

    @FXML
    private void edit() {
        Transaction selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            new TransactionDialog(ctx.session().transactions(), ctx.texts(), Background.using(ctx.background(),
                    ctx.work()), ctx.clock().withZone(ctx.zone())).show(root.getScene().getWindow(),
                    selected.caseId(), selected, saved -> reload(saved.id()));
        }
    }

    @FXML
    private void trash() {
        Transaction selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String what = formats.money(selected.money()) + (selected.counterparty() == null ? ""
                : " · " + selected.counterparty());
        Tasks.create(() -> {
            ctx.session().transactions().trash(selected.id());
            return selected;
        }).title(ctx.text("tx.trashing")).onSuccess(t -> {
            reload(null);
            ctx.notifier().info(ctx.text("tx.trashed"), what, ctx.text("app.undo"), () -> restore(t));
        }).onError(e -> ctx.notifier().error(ctx.text("tx.trashFailed"), ctx.describe(e))).run(ctx);
    }

    private void restore(Transaction t) {
        Tasks.create(() -> {
            ctx.session().transactions().restore(t.id());
            return t;
        }).title(ctx.text("tx.restoring"))
                .onSuccess(r -> reload(r.id()))
                .onError(e -> ctx.notifier().error(ctx.text("tx.restoreFailed"), ctx.describe(e)))
                .run(ctx);
    }
}
