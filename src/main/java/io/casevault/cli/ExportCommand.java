package io.casevault.cli;

import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code export}: writes the evidence dossier PDF of a case. */
@Command(name = "export", description = {"Write the evidence dossier of a case as a PDF/A-3b file.",
        "The originals of unredacted exhibits and a hash manifest are attached."})
final class ExportCommand extends VaultCommand {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF file to write")
    Path out;
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "the dossier's language (default: en)")
    String lang;
    @Option(names = "--no-originals", description = "do not attach the original files")
    boolean noOriginals;
    @Option(names = "--audit-log", description = "print the case's audit log in an appendix")
    boolean auditLog;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        ExportOptions.Language language = CliParse.choice("--lang", lang, ExportOptions.Language.class);
        ExportResult result;
        try (VaultSession session = openForReading()) {
            result = session.exports().export(id,
                    new ExportOptions(out, language, !noOriginals, auditLog, context().zone()),
                    Progress.NONE);
        }
        out().println(result.file());
        out().println(result.pages() + " pages");
        return 0;
    }
}
