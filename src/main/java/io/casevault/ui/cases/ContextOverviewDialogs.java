package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.guidance.ClockEditorDialog;
import io.casevault.ui.guidance.LetterDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Transitional: the case, letter and response-time dialogs as they are built today, from the old context. */
public final class ContextOverviewDialogs implements OverviewDialogs {
    private final UiContext ctx;

    public ContextOverviewDialogs(UiContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    @Override
    public void editCase(Window owner, Case existing, Consumer<Case> saved) {
        CaseDialog.show(ctx, owner, existing, saved);
    }

    @Override
    public void letter(Window owner, long caseId, String caseTitle, Runnable logged) {
        new LetterDialog(ctx, owner, caseId, caseTitle, LetterDialog.chooser(ctx), logged).show();
    }

    @Override
    public Optional<List<ClockRule>> editClocks(Window owner, ClockRules presets, List<ClockRule> current) {
        return new ClockEditorDialog(ctx, owner, presets, current).showAndWait();
    }
}
