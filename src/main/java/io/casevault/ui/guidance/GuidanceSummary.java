package io.casevault.ui.guidance;

import io.casevault.app.CaseGuidance;
import io.casevault.app.GuidanceTexts;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.NextStep;
import io.casevault.domain.guidance.Readiness;
import io.casevault.ui.common.Formats;

import java.util.List;

/**
 * What the overview shows of a case's guidance, worded for the user: the next step and its reason, the readiness
 * checklist with the fix of each open item, the strength, and the deadlines with their sources. Built off the FX
 * thread; holds no controls, so it is tested without the toolkit.
 */
public record GuidanceSummary(List<Step> steps, List<CheckRow> checks, String strength, List<String> strengthPoints,
                              List<DeadlineRow> deadlines) {

    public record Step(String step, String reason) {
    }

    public record CheckRow(Readiness.Item item, String label, boolean done, Readiness.Fix fix) {
    }

    public record DeadlineRow(Deadline.Kind kind, String label, String due, String state, long daysLeft,
                              boolean met, String source) {

        /** The badge colour, as on the case list: red when overdue or due today, amber within a week. */
        public String badgeStyle() {
            if (met) {
                return "badge-neutral";
            }
            return daysLeft < 0 ? "badge-overdue" : daysLeft == 0 ? "badge-today" : daysLeft <= 7 ? "badge-soon"
                    : "badge-ok";
        }
    }

    public GuidanceSummary {
        steps = List.copyOf(steps);
        checks = List.copyOf(checks);
        strengthPoints = List.copyOf(strengthPoints);
        deadlines = List.copyOf(deadlines);
    }

    public static GuidanceSummary of(CaseGuidance g, GuidanceTexts t, Formats formats, String metText) {
        List<Step> steps = g.nextSteps().stream().map((NextStep s) -> new Step(t.step(s), t.reason(s))).toList();
        List<CheckRow> checks = g.checklist().stream().map(c -> new CheckRow(c.item(), t.check(c.item()), c.done(),
                c.item().fix())).toList();
        List<DeadlineRow> deadlines = g.deadlines().stream().map(d -> new DeadlineRow(d.kind(), t.label(d),
                formats.date(d.due()), d.met() ? metText : formats.daysLeft(d.daysLeft(g.today())),
                d.daysLeft(g.today()), d.met(), d.kind() == Deadline.Kind.RESPONSE ? t.source(d) : "")).toList();
        return new GuidanceSummary(steps, checks, t.level(g.strength().level()),
                g.strength().points().stream().map(t::point).toList(), deadlines);
    }

    /** How many checklist items are done, for the heading "4 of 7 ready". */
    public long doneCount() {
        return checks.stream().filter(CheckRow::done).count();
    }
}
