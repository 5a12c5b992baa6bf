package io.casevault.cli;

import io.casevault.app.VaultSession;
import io.casevault.domain.TimelineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code timeline}: every dated event of a case in time order. */
@Command(name = "timeline", description = "Every dated event of a case in time order, in this machine's time zone.")
final class TimelineCommand extends VaultCommand {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        List<TimelineEvent> events;
        try (VaultSession session = openForReading()) {
            events = new java.util.ArrayList<>(session.timeline().timeline(id, context().zone()));
            events.addAll(responseClocks(session, id));
        }
        events.sort(java.util.Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::kind));
        if (json) {
            printJson(events.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("at", e.at().toString());
                m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                m.put("text", e.text());
                m.put("refId", e.refId());
                m.put("overdue", e.overdue());
                return m;
            }).toList());
        } else if (events.isEmpty()) {
            out().println("Nothing dated in case " + id + " yet.");
        } else {
            TextTable table = new TextTable("WHEN", "KIND", "EVENT");
            for (TimelineEvent e : events) {
                table.row(LOCAL.format(e.at().atZone(context().zone())), e.kind().name().toLowerCase(Locale.ROOT),
                        (e.overdue() ? "OVERDUE " : "") + e.text());
            }
            table.print(out());
        }
        return 0;
    }

    /** The answers due to contacts (response clocks), as deadline events at the end of their day. */
    private List<TimelineEvent> responseClocks(VaultSession session, long id) {
        java.time.LocalDate today = today();
        var texts = io.casevault.app.GuidanceTexts.of(io.casevault.app.ExportOptions.Language.EN);
        return session.guidance().guidance(id, today).deadlines().stream()
                .filter(d -> d.kind() == io.casevault.domain.guidance.Deadline.Kind.RESPONSE)
                .map(d -> new TimelineEvent(d.due().plusDays(1).atStartOfDay(context().zone()).toInstant()
                        .minusSeconds(1), TimelineEvent.Kind.DEADLINE, texts.label(d) + (d.met() ? " (answered)" : ""),
                        d.followUpId(), d.overdue(today)))
                .toList();
    }
}
