package io.casevault.ui.cases;

import io.casevault.app.CaseService;
import io.casevault.app.FollowUpService;
import io.casevault.app.GuidanceService;
import io.casevault.domain.Case;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import io.casevault.ui.guidance.ClockEditorDialog;
import io.casevault.ui.guidance.LetterDialog;
import javafx.stage.Window;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The overview's dialogs (case, letter, response times) over the services they use. */
public final class ServiceOverviewDialogs implements OverviewDialogs {
    private final CaseService cases;
    private final GuidanceService guidance;
    private final FollowUpService followUps;
    private final Texts texts;
    private final Background background;
    private final Clock clock;

    /** @param clock the clock in the window's time zone */
    public ServiceOverviewDialogs(CaseService cases, GuidanceService guidance, FollowUpService followUps, Texts texts,
                                  Background background, Clock clock) {
        this.cases = Objects.requireNonNull(cases);
        this.guidance = Objects.requireNonNull(guidance);
        this.followUps = Objects.requireNonNull(followUps);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void editCase(Window owner, Case existing, Consumer<Case> saved) {
        new CaseDialog(cases, texts, background, clock).show(owner, existing, saved);
    }

    @Override
    public void letter(Window owner, long caseId, String caseTitle, Runnable logged) {
        new LetterDialog(guidance, followUps, texts, background, clock).show(owner, caseId, caseTitle, logged);
    }

    @Override
    public Optional<List<ClockRule>> editClocks(Window owner, ClockRules presets, List<ClockRule> current) {
        return ClockEditorDialog.showAndWait(texts, owner, presets, current);
    }
}
