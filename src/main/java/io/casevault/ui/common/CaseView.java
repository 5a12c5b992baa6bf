package io.casevault.ui.common;

import javafx.scene.Node;

import java.util.Optional;

/** One tab of the selected case (overview, transactions, evidence, timeline, export). */
public interface CaseView {

    /** The tab's title key in the resource bundle. */
    String titleKey();

    Node root();

    /** Shows the case with this id; called on the FX thread, also when the same case changed. */
    void showCase(long caseId);

    /** Starts an action another view asked for through a {@link NavigationEvent}; most views have none. */
    default void perform(String action) {
    }

    /** The item this view has selected (an exhibit), to select again when the window is built anew; none by default. */
    default Optional<Long> selectedItem() {
        return Optional.empty();
    }

    /** Selects this item when the view next shows its case: the window was built anew (another language). */
    default void selectOnNextShow(long itemId) {
    }
}
