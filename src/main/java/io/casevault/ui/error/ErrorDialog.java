package io.casevault.ui.error;

import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ResourceBundle;

/**
 * Tells the user that something failed unexpectedly, with the message and a "Copy details" button that puts the
 * report (version, system, stack traces) on the clipboard. Further errors while it is open are added to it.
 */
final class ErrorDialog {
    private final ErrorViewModel model;
    private final Dialog<Void> dialog;

    ErrorDialog(ResourceBundle bundle, Window owner, Path logs, String message, String report) {
        Texts texts = new Texts(bundle);
        model = new ErrorViewModel(texts, logs, message, report);
        ErrorController[] controller = new ErrorController[1];
        FxmlLoaderFactory factory = new FxmlLoaderFactory(bundle)
                .register(ErrorController.class, () -> controller[0] = new ErrorController(model));
        FxmlDialog<Void> fx = FxmlDialog.<Void>load(factory, FxmlView.ERROR_DIALOG)
                .title(texts.text("error.title"))
                // copying keeps the dialog open, and says it copied
                .action(texts.text("error.copy"), "error-copy", ButtonBar.ButtonData.LEFT, button -> {
                    controller[0].copyDetails();
                    button.setText(texts.text("error.copied"));
                })
                .cancel(texts.text("error.close"))
                .minSize(480, 220);
        AppIcons.apply(fx.stage());
        dialog = fx.build(owner);
    }

    void show(Runnable onHidden) {
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> onHidden.run());
        dialog.show();
    }

    /** Another error while this dialog is open: its report goes into the details, the count into the text. */
    void add(String report) {
        model.add(report);
    }
}
