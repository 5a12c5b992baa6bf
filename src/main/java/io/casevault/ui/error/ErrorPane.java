package io.casevault.ui.error;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;

/** A dialog pane whose "show details" link speaks the app's language rather than the system's. */
public final class ErrorPane extends DialogPane {
    private final StringProperty showDetailsText = new SimpleStringProperty("");
    private final StringProperty hideDetailsText = new SimpleStringProperty("");

    @Override
    protected Node createDetailsButton() {
        Hyperlink link = new Hyperlink();
        link.getStyleClass().add("details-button");
        link.setId("error-toggle-details");
        link.textProperty().bind(Bindings.when(expandedProperty()).then(hideDetailsText).otherwise(showDetailsText));
        link.setOnAction(e -> setExpanded(!isExpanded()));
        return link;
    }

    public String getShowDetailsText() {
        return showDetailsText.get();
    }

    public void setShowDetailsText(String text) {
        showDetailsText.set(text);
    }

    public String getHideDetailsText() {
        return hideDetailsText.get();
    }

    public void setHideDetailsText(String text) {
        hideDetailsText.set(text);
    }
}
