package io.casevault.ui.error;

import io.casevault.ui.common.DialogController;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.Objects;

/** Shows an {@link ErrorViewModel}; the window fits itself when details open or another error joins. */
public final class ErrorController implements DialogController<Void> {
    private final ErrorViewModel model;

    @FXML private ErrorPane pane;
    @FXML private Label message;
    @FXML private TextArea details;

    public ErrorController(ErrorViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(model.message());
        details.textProperty().bind(model.details());
        model.details().addListener((o, a, b) -> fitWindow());
        pane.expandedProperty().addListener((o, was, is) -> fitWindow());
    }

    /** Puts every report on the clipboard. */
    void copyDetails() {
        ClipboardContent content = new ClipboardContent();
        content.putString(details.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void fitWindow() {
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            pane.getScene().getWindow().sizeToScene();
        }
    }
}
