package io.casevault.ui.common;

import javafx.scene.Node;

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
}
