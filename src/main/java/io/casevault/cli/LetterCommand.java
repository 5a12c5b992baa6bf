package io.casevault.cli;

import io.casevault.app.ExportOptions;
import io.casevault.app.GuidanceService;
import io.casevault.app.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** {@code letter}: writes the complaint letter of a case as PDF or plain text. */
@Command(name = "letter", description = {"Write a complaint letter from a case, as PDF or plain text by the file's extension.",
        "It says what happened, lists the transactions, the exhibits and the demands, and sets a reply deadline."})
final class LetterCommand extends VaultCommand {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "letter.pdf or letter.txt")
    Path out;
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "the letter's language (default: en)")
    String lang;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        ExportOptions.Language language = CliParse.choice("--lang", lang, ExportOptions.Language.class);
        GuidanceService.letterFormat(out);
        LocalDate today = today();
        try (VaultSession session = openForReading()) {
            String text = session.guidance().letter(id, language, today);
            out().println(session.guidance().writeLetter(id, text, language, out));
        }
        return 0;
    }
}
