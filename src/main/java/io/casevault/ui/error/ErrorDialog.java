package io.casevault.ui.error;

import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.Dialogs;
import javafx.event.ActionEvent;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Tells the user that something failed unexpectedly, with the message and a "Copy details" button that puts the
 * report (version, system, stack traces) on the clipboard. Further errors while it is open are added to it, so a
 * failure that repeats shows one dialog, not a storm of them.
 */
final class ErrorDialog {
    private final ResourceBundle bundle;
    private final Dialog<ButtonType> dialog;
    private final DialogPane pane;
    private final TextArea details;
    private final String firstMessage;
    private final Path logs;
    private int more;

    ErrorDialog(ResourceBundle bundle, Window owner, Path logs, String message, String report) {
        this.bundle = bundle;
        this.logs = logs;
        this.firstMessage = message;
        dialog = new Dialog<>();
        pane = new LocalizedPane(bundle);
        // The look of an error Alert (its icon comes from these style classes), with the app's own words.
        pane.getStyleClass().addAll("alert", "error");
        dialog.setDialogPane(pane);
        Dialogs.prepare(dialog, owner, bundle.getString("error.title"));
        ((Stage) pane.getScene().getWindow()).getIcons().setAll(AppIcons.all());
        pane.setId("error-dialog");
        // Room for a path and a long message; without the minimum height the text is cut off with "…".
        pane.setStyle("-fx-pref-width: 560px;");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setHeaderText(bundle.getString("error.header"));
        details = new TextArea(report);
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.setPrefColumnCount(80);
        details.setId("error-details");
        pane.setExpandableContent(details);
        pane.expandedProperty().addListener((o, was, is) -> fitWindow());
        ButtonType copy = new ButtonType(bundle.getString("error.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(bundle.getString("error.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(copy, close);
        Button copyButton = (Button) pane.lookupButton(copy);
        copyButton.setId("error-copy");
        // The copy button must not close the dialog: consume its action after copying.
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(bundle.getString("error.copied"));
            e.consume();
        });
        updateContent();
    }

    /** A dialog pane whose "show details" link speaks the app's language rather than the system's. */
    private static final class LocalizedPane extends DialogPane {
        private final ResourceBundle bundle;

        LocalizedPane(ResourceBundle bundle) {
            this.bundle = bundle;
        }

        @Override
        protected Node createDetailsButton() {
            Hyperlink link = new Hyperlink();
            link.getStyleClass().add("details-button");
            link.setId("error-toggle-details");
            link.textProperty().bind(Bindings.when(expandedProperty())
                    .then(bundle.getString("error.hideDetails")).otherwise(bundle.getString("error.showDetails")));
            link.setOnAction(e -> setExpanded(!isExpanded()));
            return link;
        }
    }

    void show(Runnable onHidden) {
        dialog.setOnHidden(e -> onHidden.run());
        dialog.show();
    }

    /** Another error while this dialog is open: its report goes into the details, the count into the text. */
    void add(String report) {
        more++;
        details.appendText("\n\n----------------------------------------\n\n" + report);
        updateContent();
        fitWindow();
    }

    private void fitWindow() {
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            pane.getScene().getWindow().sizeToScene();
        }
    }

    private void updateContent() {
        String text = new MessageFormat(bundle.getString("error.message"), bundle.getLocale())
                .format(new Object[] {firstMessage, logs.toString()});
        if (more > 0) {
            text += "\n\n" + new MessageFormat(bundle.getString("error.more"), bundle.getLocale())
                    .format(new Object[] {more});
        }
        pane.setContentText(text);
    }
}
