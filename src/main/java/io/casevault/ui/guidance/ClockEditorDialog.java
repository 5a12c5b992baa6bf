package io.casevault.ui.guidance;

import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Edits a case's response clocks: per channel a preset (with its description and source), the user's own days and
 * calendar or working days, or no clock. The result is the list of rules; the caller saves it.
 */
public final class ClockEditorDialog {
    private ClockEditorDialog() {
    }

    /** Shows the editor and waits; the edited rules, or empty when the user cancelled. */
    public static Optional<List<ClockRule>> showAndWait(Texts texts, Window owner, ClockRules catalogue,
                                                        List<ClockRule> current) {
        ClockEditorViewModel model = new ClockEditorViewModel(texts, catalogue, current);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(ClockEditorController.class, () -> new ClockEditorController(model));
        return FxmlDialog.<List<ClockRule>>load(factory, FxmlView.CLOCK_EDITOR_DIALOG)
                .title(texts.text("deadline.dialog.title"))
                .header(texts.text("deadline.dialog.header"))
                .submit(texts.text("deadline.save"), "saveClocksButton")
                .cancel(texts.text("deadline.cancel"))
                .minSize(1000, 720)
                .showAndWait(owner);
    }
}
