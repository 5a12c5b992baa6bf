package io.casevault.cli;

import io.casevault.app.AddOutcome;
import io.casevault.app.AddStoppedException;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evidence add}: files in, each named with its exhibit number and SHA-256, or with why it was refused;
 * {@code evidence text}: the text read from image exhibits, outside their redaction boxes.
 */
@Command(name = "evidence", description = "Add evidence files to a case, read the text of its screenshots, accept "
        + "what CaseVault proposes from it and hand originals over.", subcommands = {EvidenceCommand.Add.class,
        EvidenceCommand.Text.class, SuggestionCommands.Listing.class, SuggestionCommands.Accept.class,
        SuggestionCommands.Dismiss.class, SuggestionCommands.Undo.class, ExportOriginalsCommand.class})
final class EvidenceCommand {

    @Command(name = "add", description = "Add files (screenshots, photos, PDFs, recordings …) to a case. "
            + "Exit 2 when any file was rejected; the others still go in.", sortOptions = false)
    static final class Add extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "files to add; each is checked, a refused one is named on stderr")
        List<Path> files;
        @Option(names = "--caption", paramLabel = "C", description = "caption for every file added")
        String caption;
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            List<AddOutcome> outcomes;
            AddStoppedException stopped = null;
            warnAboutSyncFolder();
            try {
                // the files are staged while the vault's database opens
                outcomes = VaultSession.addEvidence(root().vault, context().clock(), root().executors(), id, files,
                        caption, Progress.NONE);
            } catch (AddStoppedException e) {
                stopped = e;
                outcomes = e.done();
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean rejected = false;
            for (AddOutcome o : outcomes) {
                if (o instanceof AddOutcome.Rejected r) {
                    rejected = true;
                    String reason = r.reason().english();
                    reason = reason.endsWith(".") ? reason : reason + ".";
                    context().err().println("Rejected " + r.source() + ": " + reason);
                    continue;
                }
                Evidence e = o instanceof AddOutcome.Added a ? a.evidence() : ((AddOutcome.AlreadyPresent) o)
                        .evidence();
                boolean duplicate = o instanceof AddOutcome.AlreadyPresent;
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("file", o.source());
                    m.put("sha256", e.sha256());
                    m.put("exhibit", e.exhibit());
                    m.put("mediaType", e.mediaType());
                    m.put("size", e.size());
                    m.put("width", e.width());
                    m.put("height", e.height());
                    m.put("orientation", e.orientation());
                    m.put("capturedAt", e.capturedAt() == null ? null : e.capturedAt().toString());
                    m.put("captureSource", e.captureSource().name());
                    m.put("duplicate", duplicate);
                    rows.add(m);
                } else {
                    out().println(e.exhibit() + "  id " + e.id() + "  sha256 " + e.sha256() + "  " + o.source()
                            + (duplicate ? "  (already in this case)" : ""));
                }
            }
            if (json) {
                printJson(rows);
            }
            if (stopped != null) {
                context().err().println(Cli.sentence(stopped.getMessage()));
                return Cli.FAILURE;
            }
            return rejected ? 2 : 0;
        }
    }

    @Command(name = "text", description = "Print the text read from a case's image exhibits (OCR), reading those "
            + "not read yet first. Text under a redaction box is never printed.", sortOptions = false)
    static final class Text extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Parameters(paramLabel = "EXHIBIT", arity = "0..*", description = "exhibits such as E-2 (default: every image)")
        List<String> exhibits = List.of();
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            try (VaultSession session = openForWriting()) {
                List<Evidence> chosen = chosen(session.evidence().list(id));
                session.recognition().recogniseNow(Progress.NONE);
                if (session.recognition().unavailable().isPresent()) {
                    context().err().println(Cli.sentence(session.recognition().unavailable().get().english()));
                    return 1;
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Evidence e : chosen) {
                    List<RecognisedLine> lines = session.recognition().textOf(e.id());
                    if (json) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("exhibit", e.exhibit());
                        m.put("id", e.id());
                        m.put("lines", lines.stream().map(Text::line).toList());
                        m.put("fields", session.suggestions().reading(e.id()).map(FieldsJson::of).orElse(null));
                        rows.add(m);
                    } else {
                        out().println(e.exhibit() + "  id " + e.id() + "  " + e.originalName());
                        lines.forEach(l -> out().println("    " + l.text()));
                    }
                }
                if (json) {
                    printJson(rows);
                }
            }
            return 0;
        }

        private List<Evidence> chosen(List<Evidence> all) {
            if (exhibits.isEmpty()) {
                return all.stream().filter(Evidence::isImage).toList();
            }
            List<Evidence> chosen = new ArrayList<>();
            for (String wanted : exhibits) {
                String label = wanted.strip().toUpperCase(Locale.ROOT);
                String exhibit = label.startsWith("E-") ? label : "E-" + label;
                chosen.add(all.stream().filter(e -> e.exhibit().equals(exhibit)).findFirst()
                        .orElseThrow(() -> new DomainException(Reason.of("evidence.noExhibit", "The case has no exhibit "
                                + wanted + ".", wanted))));
            }
            return chosen;
        }

        private static Map<String, Object> line(RecognisedLine l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", l.text());
            m.put("confidence", Math.round(l.confidence() * 1000) / 1000.0);
            m.put("box", List.of(l.x(), l.y(), l.w(), l.h()));
            return m;
        }
    }
}
