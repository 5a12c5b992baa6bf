package io.casevault.cli;

import io.casevault.app.Progress;
import io.casevault.app.Suggestion;
import io.casevault.app.SuggestionDetails;
import io.casevault.app.SuggestionService;
import io.casevault.app.VaultSession;
import io.casevault.domain.Reason;
import io.casevault.domain.understanding.Proposal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evidence suggestions}: what CaseVault proposes from the text of a case's screenshots (links, transactions to
 * record, captions, event times, redactions); {@code evidence accept}: applies some or all of them;
 * {@code evidence dismiss} and {@code evidence undo}: the other decisions.
 */
final class SuggestionCommands {
    private SuggestionCommands() {
    }

    @Command(name = "suggestions", description = "List what CaseVault proposes from the text of a case's screenshots: "
            + "links to transactions, transactions to record, captions, event times and redaction boxes. Screenshots "
            + "not read yet are read first. Links CaseVault made by itself (an equal order number) are listed too, as "
            + "accepted. Accept the others with `evidence accept`.", sortOptions = false)
    static final class Listing extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Option(names = "--json", description = "one JSON document on stdout: [{id, exhibit, kind, detail, "
                + "confidence, state, automatic}]")
        boolean json;

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            try (VaultSession session = openForWriting()) {
                session.recognition().recogniseNow(Progress.NONE);
                session.recognition().unavailable().ifPresent(r -> context().err().println("Warning: "
                        + Cli.sentence(r.english()) + " Only text read earlier is used."));
                List<Suggestion> shown = session.suggestions().review(id);
                if (json) {
                    printJson(shown.stream().map(SuggestionCommands::json).toList());
                } else if (shown.isEmpty()) {
                    out().println("Nothing to suggest.");
                } else {
                    shown.forEach(s -> out().printf(Locale.ROOT, "%-5d %-5s %-11s %3.0f%%  %s%s%n", s.id(),
                            s.exhibit(), s.kind().code(), s.confidence() * 100, describe(s.proposal()),
                            s.automatic() ? "  (found and applied by CaseVault)" : ""));
                }
            }
            return 0;
        }
    }

    @Command(name = "accept", description = "Apply suggestions listed by `evidence suggestions`: by their ids, or all "
            + "open ones of the case. Every change is in the audit log and can be undone.", sortOptions = false)
    static final class Accept extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Option(names = "--all", description = "every open suggestion of the case")
        boolean all;
        @Parameters(paramLabel = "SUGGESTION", arity = "0..*", description = "ids from `evidence suggestions`")
        List<String> ids = List.of();

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            if (all == !ids.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Name the suggestions to accept by their ids, or give --all (not both).");
            }
            List<Long> chosen = new ArrayList<>();
            ids.forEach(s -> chosen.add(CliParse.id("Suggestion id", s)));
            try (VaultSession session = openForWriting()) {
                SuggestionService suggestions = session.suggestions();
                if (all) {
                    SuggestionService.AcceptedAll done = suggestions.acceptAll(id);
                    out().println("Accepted " + done.accepted() + " suggestion" + (done.accepted() == 1 ? "" : "s")
                            + ".");
                    done.skipped().forEach(r -> context().err().println("Not accepted: " + Cli.sentence(r.english())));
                    return done.skipped().isEmpty() ? 0 : 2;
                }
                decide(suggestions, id, chosen, suggestions::accept, "Accepted", out());
            }
            return 0;
        }
    }

    /** {@code evidence dismiss} and {@code evidence undo}: the other two decisions, by suggestion id. */
    abstract static class Decide extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Parameters(paramLabel = "SUGGESTION", arity = "1..*", description = "ids from `evidence suggestions`")
        List<String> ids;

        abstract Suggestion decide(SuggestionService service, long id);

        abstract String done();

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            List<Long> chosen = new ArrayList<>();
            ids.forEach(s -> chosen.add(CliParse.id("Suggestion id", s)));
            try (VaultSession session = openForWriting()) {
                SuggestionService service = session.suggestions();
                SuggestionCommands.decide(service, id, chosen, s -> decide(service, s), done(), out());
            }
            return 0;
        }
    }

    @Command(name = "dismiss", description = "Set suggestions aside by their ids; they are not offered again.")
    static final class Dismiss extends Decide {
        @Override
        Suggestion decide(SuggestionService service, long id) {
            return service.dismiss(id);
        }

        @Override
        String done() {
            return "Dismissed";
        }
    }

    @Command(name = "undo", description = "Undo accepted suggestions by their ids, also links CaseVault made by itself "
            + "(which it then does not make again); what they changed is put back and the undoing is audited.")
    static final class Undo extends Decide {
        @Override
        Suggestion decide(SuggestionService service, long id) {
            return service.undo(id);
        }

        @Override
        String done() {
            return "Undone";
        }
    }

    /** Applies one decision to suggestions of the case, each checked to belong to it first; one line per suggestion. */
    private static void decide(SuggestionService service, long caseId, List<Long> chosen,
                               java.util.function.LongFunction<Suggestion> decision, String done,
                               java.io.PrintWriter out) {
        for (long s : chosen) {
            if (service.get(s).caseId() != caseId) {
                throw new io.casevault.domain.DomainException(Reason.of("suggestion.otherCase",
                        "Suggestion " + s + " belongs to another case.", s));
            }
        }
        for (long s : chosen) {
            Suggestion decided = decision.apply(s);
            out.println(done + " " + s + ": " + decided.exhibit() + " " + describe(decided.proposal()));
        }
    }

    static Map<String, Object> json(Suggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("exhibit", s.exhibit());
        m.put("evidenceId", s.evidenceId());
        m.put("kind", s.kind().code());
        m.put("detail", SuggestionDetails.map(s.proposal()));
        m.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
        m.put("state", s.state().name().toLowerCase(Locale.ROOT));
        m.put("automatic", s.automatic());
        return m;
    }

    /** One line saying what accepting does, in English. */
    static String describe(Proposal p) {
        if (p instanceof Proposal.Link l) {
            return "link to transaction " + l.transactionId() + (l.rule() == Proposal.LinkRule.REFERENCE
                    ? " (its number " + l.shown() + " is shown)" : " (amount and time match: " + l.shown() + ")");
        } else if (p instanceof Proposal.Record r) {
            return "record a payment of " + r.amount().value().toPlainString() + " "
                    + r.amount().knownCurrency().map(Object::toString).orElse("(currency of the case)") + " at "
                    + r.at().display() + (r.counterparty() == null ? "" : " with " + r.counterparty())
                    + (r.reference() == null ? "" : ", number " + r.reference());
        } else if (p instanceof Proposal.CaptionText c) {
            return "caption \"" + c.caption() + "\"";
        } else if (p instanceof Proposal.Cover c) {
            return "cover the " + c.sensitive().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at "
                    + c.box().x() + "," + c.box().y() + " (" + c.box().width() + " × " + c.box().height() + ")";
        }
        Proposal.EventTime t = (Proposal.EventTime) p;
        return "event time " + t.shown().display() + " (" + t.zone().getId() + ")";
    }
}
