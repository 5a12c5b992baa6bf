package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The dialogs the overview opens; the window's wiring provides them. */
public interface OverviewDialogs {

    /** The case dialog on an existing case; {@code saved} gets the case after it was saved. */
    void editCase(Window owner, Case existing, Consumer<Case> saved);

    /** The complaint-letter dialog; {@code logged} runs when the letter was logged as a follow-up. */
    void letter(Window owner, long caseId, String caseTitle, Runnable logged);

    /** The response-times editor; empty when cancelled. */
    Optional<List<ClockRule>> editClocks(Window owner, ClockRules presets, List<ClockRule> current);
}
