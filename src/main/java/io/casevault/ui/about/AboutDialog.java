package io.casevault.ui.about;

import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ResourceBundle;

/**
 * Help → About: the icon, name and version (from the pom), the vault and log folders, and the bundled components
 * with their licences, the font's licence in full. Everything is local; there are no links to follow.
 */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** Builds the dialog; the caller shows it. */
    public static Dialog<Void> create(ResourceBundle bundle, Path vault, Path logs, Window owner) {
        Texts texts = new Texts(bundle);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(bundle)
                .register(AboutController.class, () -> new AboutController(texts, vault, logs));
        FxmlDialog<Void> dialog = FxmlDialog.<Void>load(factory, FxmlView.ABOUT_DIALOG)
                .title(texts.text("menu.help.about"))
                .cancel(texts.text("about.close"))
                .minSize(720, 560);
        AppIcons.apply(dialog.stage());
        return dialog.build(owner);
    }
}
