package io.casevault.ui.transactions;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.util.Objects;
import java.util.function.Function;

/** Text columns whose cells show their full text in a tooltip, since notes and IDs are often cut. */
final class TextColumns {
    private TextColumns() {
    }

    static <R> void bind(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(Objects.toString(value.apply(c.getValue()), "")));
        column.setCellFactory(c -> new TableCell<>() {
            // one tooltip per cell, reused (creating one on every update stalls scrolling through long tables), made
            // when the pointer first comes over the cell: a table first shows hundreds of cells, each a popup's worth
            private Tooltip tip;

            {
                setOnMouseEntered(e -> {
                    if (tip == null) {
                        tip = new Tooltip();
                        showTip();
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (tip != null) {
                    showTip();
                }
            }

            private void showTip() {
                String item = getText();
                boolean show = !isEmpty() && item != null && !item.isEmpty();
                tip.setText(show ? item : "");
                setTooltip(show ? tip : null);
            }
        });
    }
}
