package io.casevault.ui.backup;

import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A small window with the progress of a backup, restore or bundle, and a Cancel button that stops it cleanly. */
final class ProgressDialog {
    private final Alert alert;
    private final ProgressRelay relay;

    ProgressDialog(Texts texts, Window owner, String title, ProgressRelay relay) {
        this.relay = relay;
        alert = new Alert(Alert.AlertType.NONE);
        Dialogs.prepare(alert, owner, title);
        alert.setHeaderText(title);
        ProgressBar bar = new ProgressBar();
        bar.setId("backupProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(relay.fraction());
        bar.setAccessibleText(title);
        alert.getDialogPane().setContent(new VBox(8, bar));
        ButtonType cancel = new ButtonType(texts.text("app.cancel"), ButtonType.CANCEL.getButtonData());
        alert.getButtonTypes().setAll(cancel);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelBackupButton");
        // the dialog stays open until the work has stopped; Cancel only asks it to stop
        cancelButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            relay.cancel();
            cancelButton.setDisable(true);
            e.consume();
        });
    }

    ProgressDialog show() {
        relay.start();
        alert.show();
        return this;
    }

    void close() {
        relay.stop();
        alert.getButtonTypes().setAll(ButtonType.CLOSE); // a dialog closes only through one of its buttons
        alert.close();
    }
}
