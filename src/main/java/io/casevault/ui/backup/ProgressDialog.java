package io.casevault.ui.backup;

import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** A small window with the progress of a backup, restore or bundle, and a Cancel button that stops it cleanly. */
final class ProgressDialog {
    private final Dialog<Void> dialog;
    private final ProgressRelay relay;

    ProgressDialog(Texts texts, Window owner, String title, ProgressRelay relay) {
        this.relay = relay;
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(ProgressController.class, () -> new ProgressController(relay, title));
        dialog = FxmlDialog.<Void>load(factory, FxmlView.PROGRESS_DIALOG)
                .title(title)
                .header(title)
                // the dialog stays open until the work has stopped; Cancel only asks it to stop
                .action(texts.text("app.cancel"), "cancelBackupButton", ButtonBar.ButtonData.CANCEL_CLOSE, button -> {
                    relay.cancel();
                    button.setDisable(true);
                })
                .minSize(460, 180)
                .build(owner);
    }

    ProgressDialog show() {
        relay.start();
        dialog.show();
        return this;
    }

    void close() {
        relay.stop();
        dialog.close();
    }
}
