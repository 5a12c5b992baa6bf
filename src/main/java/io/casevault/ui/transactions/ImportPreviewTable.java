package io.casevault.ui.transactions;

import io.casevault.domain.StatementRow;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sets up the import dialog's preview table: the rows of a statement before import, bad lines highlighted with their
 * problem, duplicates greyed, long texts in tooltips.
 */
final class ImportPreviewTable {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass DUPLICATE = PseudoClass.getPseudoClass("duplicate");

    private final Texts texts;
    private final Formats formats;
    private final TableView<PreviewRow> table;

    ImportPreviewTable(TableView<PreviewRow> table, ImportSelection selection, Texts texts, Formats formats) {
        this.table = table;
        this.texts = texts;
        this.formats = formats;
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<PreviewRow, PreviewRow> take = new TableColumn<>(texts.text("import.col.take"));
        take.setId("takeColumn");
        take.setPrefWidth(70);
        take.setSortable(false);
        take.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        take.setCellFactory(c -> new TickCell(selection));
        table.getColumns().add(take);
        table.setContextMenu(menu(selection));
        table.getColumns().add(column("import.col.line", 60, r -> String.valueOf(r.line())));
        table.getColumns().add(column("tx.col.time", 170, r -> formats.dateTime(r.at())));
        TableColumn<PreviewRow, String> amount = column("tx.col.amount", 125, r -> formats.money(r.money()));
        amount.getStyleClass().add("amount-column");
        table.getColumns().add(amount);
        table.getColumns().add(column("tx.col.direction", 85, r -> formats.direction(r.direction())));
        table.getColumns().add(column("tx.col.counterparty", 150, StatementRow::counterparty));
        table.getColumns().add(column("tx.col.ref", 150, StatementRow::txRef));
        TableColumn<PreviewRow, String> remark = new TableColumn<>(texts.text("import.col.remark"));
        remark.setPrefWidth(220);
        remark.setCellValueFactory(c -> new ReadOnlyStringWrapper(remark(c.getValue())));
        remark.setCellFactory(c -> new TextCell());
        table.getColumns().add(remark);
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PROBLEM, !empty && item != null && item.isProblem());
                pseudoClassStateChanged(DUPLICATE, !empty && item != null && item.duplicate());
            }
        });
    }

    private String remark(PreviewRow r) {
        if (r.isProblem()) {
            return r.problem();
        }
        return r.duplicate() ? texts.text("import.duplicate") : "";
    }

    private TableColumn<PreviewRow, String> column(String key, double width, Function<StatementRow, String> value) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(texts.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(key.equals("import.col.line")
                ? String.valueOf(v.getValue().line())
                : v.getValue().row() == null ? "" : Objects.toString(value.apply(v.getValue().row()), "")));
        c.setCellFactory(x -> new TextCell());
        return c;
    }

    /** The right-click menu: tick or untick the selected rows, or tick only them. */
    private ContextMenu menu(ImportSelection selection) {
        MenuItem check = item("import.menu.check", "checkSelectedRows", () -> selection.tick(selected(), true));
        MenuItem uncheck = item("import.menu.uncheck", "uncheckSelectedRows", () -> selection.tick(selected(), false));
        MenuItem only = item("import.menu.only", "checkOnlySelectedRows", () -> selection.tickOnlyThese(selected()));
        ContextMenu menu = new ContextMenu(check, uncheck, only);
        menu.setOnShowing(e -> {
            boolean none = table.getSelectionModel().getSelectedItems().stream().noneMatch(ImportSelection::tickable);
            check.setDisable(none);
            uncheck.setDisable(none);
            only.setDisable(none);
        });
        return menu;
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(texts.text(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private List<PreviewRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** The import tick of a row; disabled for a row already in the case or a line that could not be read. */
    private static final class TickCell extends TableCell<PreviewRow, PreviewRow> {
        private final ImportSelection selection;
        private final CheckBox box = new CheckBox();
        private BooleanProperty bound;

        TickCell(ImportSelection selection) {
            this.selection = selection;
            box.getStyleClass().add("import-tick");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(PreviewRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = selection.ticked(item);
            box.selectedProperty().bindBidirectional(bound);
            box.setDisable(!ImportSelection.tickable(item));
            setGraphic(box);
        }
    }

    /** A cell whose full text is in a tooltip: problems and IDs are often longer than the column. */
    private static final class TextCell extends TableCell<PreviewRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    /** Shows the rows, and while there are none what the placeholder says (reading, nothing readable, no rows). */
    void show(ObservableList<PreviewRow> rows, ObservableStringValue placeholder) {
        Label empty = new Label();
        empty.textProperty().bind(placeholder);
        table.setPlaceholder(empty);
        table.setItems(rows);
    }
}
