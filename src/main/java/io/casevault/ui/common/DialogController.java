package io.casevault.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

import java.util.function.Consumer;

/**
 * The controller of an FXML dialog's content, as {@link FxmlDialog} sees it: when the main button may be pressed, what
 * pressing it does, and where the cursor starts. {@code R} is what the dialog hands back to its caller.
 */
public interface DialogController<R> {

    /** Whether the main button (Save, Import …) may be pressed now; always, unless the controller says otherwise. */
    default ObservableBooleanValue canSubmit() {
        return BooleanExpression.booleanExpression(new ReadOnlyBooleanWrapper(true));
    }

    /**
     * The main button was pressed. {@code close} closes the dialog with its result, now or when background work
     * has finished; a controller that does not call it keeps the dialog open (to show what is wrong).
     */
    default void submit(Consumer<R> close) {
    }

    /** The control that has the focus when the dialog opens; null leaves it to the toolkit. */
    default Node initialFocus() {
        return null;
    }
}
