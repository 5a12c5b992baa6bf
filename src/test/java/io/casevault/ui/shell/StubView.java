package io.casevault.ui.shell;

import io.casevault.ui.common.CaseView;
import javafx.scene.Node;

import java.util.Objects;
import java.util.function.LongConsumer;

/** A tab's view for the tabs' tests: a title key, a node, and what it does when asked to show a case. */
record StubView(String titleKey, Node root, LongConsumer shown) implements CaseView {
    StubView {
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(root);
        Objects.requireNonNull(shown);
    }

    @Override
    public void showCase(long caseId) {
        shown.accept(caseId);
    }
}
