package io.casevault.ui.timeline;

import io.casevault.domain.Evidence;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Logs one contact with the provider or an authority. The result is a checked {@link FollowUpForm}; Save stays on
 * the dialog and lists the problems while the form is incomplete.
 */
final class FollowUpDialog {
    private FollowUpDialog() {
    }

    /** Shows the dialog without waiting; {@code onSaved} gets the form when the user saves it. */
    static Dialog<FollowUpForm> show(Texts texts, Clock clock, Window owner, long caseId, List<Evidence> exhibits,
                                     Consumer<FollowUpForm> onSaved) {
        FollowUpViewModel model = new FollowUpViewModel(texts, clock, caseId, exhibits);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(FollowUpController.class, () -> new FollowUpController(model, texts));
        return FxmlDialog.<FollowUpForm>load(factory, FxmlView.FOLLOW_UP_DIALOG)
                .title(texts.text("followup.dialog.title"))
                .header(texts.text("followup.dialog.header"))
                .submit(texts.text("followup.save"), "saveFollowUpButton")
                .cancel(texts.text("followup.cancel"))
                .minSize(620, 640)
                .show(owner, onSaved);
    }
}
