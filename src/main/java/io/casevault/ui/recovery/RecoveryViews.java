package io.casevault.ui.recovery;

import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.Parent;


/** Builds the damaged-vault pane from its view model. */
public final class RecoveryViews {
    private RecoveryViews() {
    }

    public static Parent pane(RecoveryViewModel model, Texts texts, RecoveryChoices choices, Runnable chooseOther) {
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(RecoveryPaneController.class, () -> new RecoveryPaneController(model, texts, choices,
                        chooseOther));
        return factory.load(FxmlView.RECOVERY_PANE).getRoot();
    }
}
