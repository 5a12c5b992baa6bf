package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.NextStep;
import io.casevault.domain.guidance.Readiness;

import java.time.LocalDate;
import java.util.List;

/** Everything the guidance says about one case on one day: deadlines, next steps, checklist, strength, clock rules. */
public record CaseGuidance(Case theCase, LocalDate today, List<Deadline> deadlines, List<NextStep> nextSteps,
                           List<Readiness.Check> checklist, Readiness.Strength strength, List<ClockRule> rules) {

    public CaseGuidance {
        deadlines = List.copyOf(deadlines);
        nextSteps = List.copyOf(nextSteps);
        checklist = List.copyOf(checklist);
        rules = List.copyOf(rules);
    }

    /** The most pressing step, if the ladder has one. */
    public java.util.Optional<NextStep> nextStep() {
        return nextSteps.stream().findFirst();
    }
}
