package io.casevault.cli;

import io.casevault.app.CaseGuidance;
import io.casevault.app.CaseSummary;
import io.casevault.app.ExportOptions;
import io.casevault.app.GuidanceTexts;
import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.EventTime;
import io.casevault.domain.Evidence;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code case add|list|show|status|trash|restore}. */
@Command(name = "case", description = "Open, list and show complaint cases.",
        subcommands = {CaseCommand.Add.class, CaseCommand.ListCases.class, CaseCommand.Show.class,
                CaseCommand.Status.class, CaseCommand.Trash.class, CaseCommand.Restore.class,
                CaseBundleCommands.Export.class, CaseBundleCommands.Import.class})
final class CaseCommand {

    @Command(name = "add", description = "Open a new case; prints its id.", sortOptions = false)
    static final class Add extends VaultCommand {
        @Option(names = "--title", required = true, paramLabel = "T", description = "short title, e.g. \"转账未到账\"")
        String title;
        @Option(names = "--provider", required = true, paramLabel = "P",
                description = "the service, e.g. Alipay, WeChat Pay, PayPal")
        String provider;
        @Option(names = "--category", paramLabel = "C",
                description = "funds-not-received, payment-failed-charged, account-stolen, "
                + "privacy-leak, poor-support, unauthorised-charge, frozen-account, fee-dispute, other (default)")
        String category;
        @Option(names = "--amount", paramLabel = "A", description = "amount in dispute, e.g. 1250.00")
        String amount;
        @Option(names = "--currency", paramLabel = "CUR",
                description = "ISO code such as CNY, USD, EUR (with --amount)")
        String currency;
        @Option(names = "--incident", paramLabel = "YYYY-MM-DD",
                description = "when it happened (~DATE for around, FROM..TO for a range)")
        String incident;
        @Option(names = "--window-days", paramLabel = "N",
                description = "complaint window of the service agreement, in days")
        String windowDays;
        @Option(names = "--description", paramLabel = "D", description = "statement of facts")
        String description;
        @Option(names = "--demand", paramLabel = "D", description = "what you ask for (repeatable)")
        List<String> demands = new ArrayList<>();
        @Option(names = "--account", paramLabel = "REF", description = "your account reference (shown masked)")
        String account;

        @Override
        public Integer call() {
            if (amount != null && currency == null || amount == null && currency != null) {
                throw new DomainException("--amount and --currency go together; give both or neither.");
            }
            NewCase draft = new NewCase(title, provider, account,
                    category == null ? Category.OTHER : CliParse.choice("--category", category, Category.class),
                    description, amount == null ? null : Money.parse(amount, currency), demands,
                    incident == null ? null : IncidentDate.parse(incident), LocalDate.now(context().clock()
                            .withZone(context().zone())),
                    windowDays == null ? null : CliParse.positiveInt("--window-days", windowDays), List.of(), false);
            try (VaultSession session = openForWriting()) {
                out().println(session.cases().create(draft).id());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the cases with their deadlines.")
    static final class ListCases extends VaultCommand {
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            LocalDate today = LocalDate.now(context().clock().withZone(context().zone()));
            try (VaultSession session = openForReading()) {
                List<CaseSummary> all = session.cases().list(today);
                if (json) {
                    printJson(all.stream().map(CaseCommand::summaryJson).toList());
                } else if (all.isEmpty()) {
                    out().println("No cases yet. Open one with: casevault case add --title T --provider P");
                } else {
                    TextTable table = new TextTable("ID", "STATUS", "DEADLINE", "TITLE", "PROVIDER");
                    for (CaseSummary s : all) {
                        Case c = s.theCase();
                        table.row(String.valueOf(c.id()), CliParse.name(c.status()), deadlineText(s), c.title(),
                                c.provider());
                    }
                    table.print(out());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one case with its counts.")
    static final class Show extends VaultCommand {
        @Parameters(paramLabel = "ID", description = "case id")
        String id;
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            long caseId = CliParse.id("Case id", id);
            LocalDate today = LocalDate.now(context().clock().withZone(context().zone()));
            try (VaultSession session = openForReading()) {
                CaseSummary s = session.cases().summary(caseId, today);
                CaseGuidance g = session.guidance().guidance(caseId, today);
                GuidanceTexts texts = GuidanceTexts.of(ExportOptions.Language.EN);
                if (json) {
                    Map<String, Object> m = detailJson(s);
                    m.put("deadlines", GuidanceJson.deadlines(g, texts));
                    m.put("nextSteps", GuidanceJson.nextSteps(g, texts));
                    m.put("exhibits", exhibitsJson(session, caseId));
                    printJson(m);
                } else {
                    printDetail(s);
                    GuidanceJson.print(out(), g, texts);
                }
            }
            return 0;
        }

        /** Per image exhibit: what its text says (once read) and the event time accepted for it. */
        private static List<Map<String, Object>> exhibitsJson(VaultSession session, long caseId) {
            Map<Long, EventTime> times = session.suggestions().eventTimes(caseId);
            List<Map<String, Object>> out = new ArrayList<>();
            for (Evidence e : session.evidence().list(caseId)) {
                if (!e.isImage()) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("exhibit", e.exhibit());
                m.put("id", e.id());
                m.put("fields", session.suggestions().reading(e.id()).map(FieldsJson::of).orElse(null));
                m.put("eventTime", times.containsKey(e.id()) ? FieldsJson.eventTime(times.get(e.id())) : null);
                out.add(m);
            }
            return out;
        }

        private void printDetail(CaseSummary s) {
            Case c = s.theCase();
            var o = out();
            o.println("Case " + c.id() + ": " + c.title() + (c.isTrashed() ? "  (in the trash)" : "") + (c.sample()
                    ? "  (sample)" : ""));
            o.println("  Provider:     " + c.provider() + (c.accountRef() == null ? "" : "  account "
                    + c.maskedAccountRef()));
            o.println("  Category:     " + CliParse.name(c.category()));
            o.println("  Status:       " + CliParse.name(c.status()));
            o.println("  Amount:       " + (c.amount() == null ? "-" : c.amount().display()));
            o.println("  Incident:     " + (c.incident() == null ? "-" : c.incident()));
            o.println("  Opened:       " + c.openedOn());
            o.println("  Deadline:     " + deadlineText(s));
            if (!c.facts().isEmpty()) {
                o.println("  Facts:        " + c.facts());
            }
            for (String d : c.demands()) {
                o.println("  Demand:       " + d);
            }
            o.println("  Records:      " + count(s.transactions(), "transaction") + ", " + s.evidence()
                    + " evidence, " + count(s.followUps(), "follow-up"));
        }
    }

    @Command(name = "status", description = "Change a case's status (draft, submitted, acknowledged, investigating, "
            + "responded, escalated, resolved, closed-unresolved).")
    static final class Status extends VaultCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "case id")
        String id;
        @Parameters(index = "1", paramLabel = "STATUS", description = "the new status")
        String status;
        @Option(names = "--note", paramLabel = "N", description = "why, e.g. the ticket number")
        String note;

        @Override
        public Integer call() {
            long caseId = CliParse.id("Case id", id);
            CaseStatus s = CliParse.choice("Status", status, CaseStatus.class);
            try (VaultSession session = openForWriting()) {
                Case c = session.cases().changeStatus(caseId, s, note);
                out().println("Case " + c.id() + " is now " + CliParse.name(c.status()) + ".");
            }
            return 0;
        }
    }

    @Command(name = "trash", description = "Move a case to the trash (it can be restored).")
    static final class Trash extends VaultCommand {
        @Parameters(paramLabel = "ID", description = "case id")
        String id;

        @Override
        public Integer call() {
            long caseId = CliParse.id("Case id", id);
            try (VaultSession session = openForWriting()) {
                session.cases().trash(caseId);
                out().println("Case " + caseId + " moved to the trash; `casevault case restore " + caseId
                        + "` brings it back.");
            }
            return 0;
        }
    }

    @Command(name = "restore", description = "Bring a case back from the trash.")
    static final class Restore extends VaultCommand {
        @Parameters(paramLabel = "ID", description = "case id")
        String id;

        @Override
        public Integer call() {
            long caseId = CliParse.id("Case id", id);
            try (VaultSession session = openForWriting()) {
                session.cases().restore(caseId);
                out().println("Case " + caseId + " restored.");
            }
            return 0;
        }
    }

    static String deadlineText(CaseSummary s) {
        return s.theCase().deadline().map(d -> d + (s.daysLeft() < 0 ? " (overdue by " + -s.daysLeft() + " days)"
                : s.daysLeft() == 0 ? " (today)" : " (" + s.daysLeft() + " days left)")).orElse("-");
    }

    static Map<String, Object> summaryJson(CaseSummary s) {
        Case c = s.theCase();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("provider", c.provider());
        m.put("status", c.status().name());
        m.put("category", c.category().name());
        m.put("deadline", c.deadline().map(LocalDate::toString).orElse(null));
        m.put("daysLeft", s.daysLeft());
        m.put("overdue", s.overdue());
        m.put("amount", c.amount() == null ? null : c.amount().amount().toPlainString());
        m.put("currency", c.amount() == null ? null : c.amount().currency().getCurrencyCode());
        m.put("sample", c.sample());
        return m;
    }

    static Map<String, Object> detailJson(CaseSummary s) {
        Case c = s.theCase();
        Map<String, Object> m = summaryJson(s);
        m.put("accountRef", c.accountRef() == null ? null : c.maskedAccountRef());
        m.put("facts", c.facts());
        m.put("demands", c.demands());
        m.put("incident", c.incident() == null ? null : c.incident().toString());
        m.put("openedOn", c.openedOn().toString());
        m.put("windowDays", c.windowDays());
        m.put("tags", c.tags());
        m.put("createdAt", c.createdAt().toString());
        m.put("trashed", c.isTrashed());
        m.put("transactions", s.transactions());
        m.put("evidence", s.evidence());
        m.put("followUps", s.followUps());
        return m;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
