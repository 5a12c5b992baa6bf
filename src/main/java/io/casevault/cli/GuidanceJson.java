package io.casevault.cli;

import io.casevault.app.CaseGuidance;
import io.casevault.app.GuidanceTexts;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.NextStep;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The guidance of a case as {@code case show} prints it: JSON fields, or lines under the case's details. */
final class GuidanceJson {
    private GuidanceJson() {
    }

    static List<Map<String, Object>> deadlines(CaseGuidance g, GuidanceTexts texts) {
        LocalDate today = g.today();
        return g.deadlines().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("label", texts.label(d));
            m.put("due", d.due().toString());
            m.put("daysLeft", d.daysLeft(today));
            m.put("overdue", d.overdue(today));
            m.put("met", d.met());
            m.put("channel", d.channel() == null ? null : CliParse.name(d.channel()));
            m.put("days", d.kind() == Deadline.Kind.FOLLOW_UP ? null : d.days());
            m.put("dayCount", d.kind() == Deadline.Kind.FOLLOW_UP ? null
                    : d.dayCount().name().toLowerCase(Locale.ROOT));
            m.put("preset", d.preset() == null ? null : d.preset().id());
            m.put("source", d.kind() == Deadline.Kind.RESPONSE ? texts.source(d) : null);
            m.put("sourceUrl", d.preset() == null ? null : d.preset().sourceUrl());
            return m;
        }).toList();
    }

    static List<Map<String, Object>> nextSteps(CaseGuidance g, GuidanceTexts texts) {
        return g.nextSteps().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", texts.step(s));
            m.put("code", s.step().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("reason", texts.reason(s));
            return m;
        }).toList();
    }

    static void print(PrintWriter o, CaseGuidance g, GuidanceTexts texts) {
        for (Deadline d : g.deadlines()) {
            long left = d.daysLeft(g.today());
            String state = d.met() ? "done" : left < 0 ? "overdue by " + -left + " days" : left == 0 ? "today"
                    : left + " days left";
            o.println("  Due:          " + d.due() + "  " + texts.label(d) + " (" + state + ")");
        }
        for (NextStep s : g.nextSteps()) {
            o.println("  Next step:    " + texts.step(s) + ". " + texts.reason(s));
        }
    }
}
