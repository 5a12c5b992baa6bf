package io.casevault.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.net.URL;
import java.util.Objects;

/** Common set-up of the app's dialogs: owner, modality and the app stylesheet (dialogs have their own scene). */
public final class Dialogs {
    public static final String STYLESHEET = "/io/casevault/ui/casevault.css";

    private Dialogs() {
    }

    public static void prepare(Dialog<?> dialog, Window owner, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setResizable(true);
        addStylesheet(dialog.getDialogPane());
    }

    public static void addStylesheet(DialogPane pane) {
        URL css = Objects.requireNonNull(Dialogs.class.getResource(STYLESHEET), STYLESHEET);
        pane.getStylesheets().add(css.toExternalForm());
    }
}
