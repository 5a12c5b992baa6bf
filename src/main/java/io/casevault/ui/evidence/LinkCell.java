package io.casevault.ui.evidence;

import io.casevault.ui.common.DisplayConverter;
import javafx.scene.control.cell.CheckBoxListCell;
import org.controlsfx.control.CheckListView;

import java.util.function.Function;

/** A row of a checkable link list, showing the record in words rather than its {@code toString}. */
final class LinkCell<T> extends CheckBoxListCell<T> {

    LinkCell(Function<T, String> describe, CheckListView<T> list) {
        super(item -> list.getItemBooleanProperty(item));
        setConverter(DisplayConverter.of(describe));
    }
}
