package io.casevault.ui.error;

import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.Dialogs;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
    private final Alert alert;
    private final TextArea details;
    private final String firstMessage;
    private final Path logs;
    private int more;

    ErrorDialog(ResourceBundle bundle, Window owner, Path logs, String message, String report) {
        this.bundle = bundle;
        this.logs = logs;
        this.firstMessage = message;
        alert = new Alert(Alert.AlertType.ERROR);
        Dialogs.prepare(alert, owner, bundle.getString("error.title"));
        ((Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.all());
        alert.getDialogPane().setId("error-dialog");
        alert.setHeaderText(bundle.getString("error.header"));
        details = new TextArea(report);
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.setPrefColumnCount(80);
        details.setId("error-details");
        alert.getDialogPane().setExpandableContent(details);
        ButtonType copy = new ButtonType(bundle.getString("error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
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

    void show(Runnable onHidden) {
        alert.setOnHidden(e -> onHidden.run());
        alert.show();
    }

    /** Another error while this dialog is open: its report goes into the details, the count into the text. */
    void add(String report) {
        more++;
        details.appendText("\n\n----------------------------------------\n\n" + report);
        updateContent();
    }

    private void updateContent() {
        String text = new MessageFormat(bundle.getString("error.message"), bundle.getLocale())
                .format(new Object[] {firstMessage, logs.toString()});
        if (more > 0) {
            text += "\n\n" + new MessageFormat(bundle.getString("error.more"), bundle.getLocale())
                    .format(new Object[] {more});
        }
        alert.setContentText(text);
    }
}
