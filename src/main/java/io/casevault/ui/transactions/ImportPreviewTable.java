package io.casevault.ui.transactions;

import io.casevault.domain.StatementRow;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

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

    ImportPreviewTable(TableView<PreviewRow> table, Texts texts, Formats formats) {
        this.table = table;
        this.texts = texts;
        this.formats = formats;
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
