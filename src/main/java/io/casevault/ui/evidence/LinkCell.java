package io.casevault.ui.evidence;

import javafx.scene.control.cell.CheckBoxListCell;
import org.controlsfx.control.CheckListView;

import java.util.function.Function;

/** A row of a checkable link list, showing the record in words rather than its {@code toString}. */
final class LinkCell<T> extends CheckBoxListCell<T> {

    LinkCell(Function<T, String> describe, CheckListView<T> list) {
        super(item -> list.getItemBooleanProperty(item));
        setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : describe.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
    }
}
