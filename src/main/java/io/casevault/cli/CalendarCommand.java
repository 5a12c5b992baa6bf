package io.casevault.cli;

import io.casevault.app.ExportOptions;
import io.casevault.app.VaultSession;
import io.casevault.domain.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** {@code calendar}: writes a case's deadlines and planned follow-ups as an iCalendar file. */
@Command(name = "calendar", description = {"Write a case's deadlines and planned follow-ups as an iCalendar (.ics) file.",
        "It holds the complaint window, the response clocks and the follow-ups due, for any calendar app."})
final class CalendarCommand extends VaultCommand {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Option(names = "--out", required = true, paramLabel = "FILE.ics", description = "the .ics file to write")
    Path out;
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "the language of the event titles (default: en)")
    String lang;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        ExportOptions.Language language = CliParse.choice("--lang", lang, ExportOptions.Language.class);
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ics")) {
            throw new DomainException("The calendar file " + out + " must end in .ics.");
        }
        LocalDate today = today();
        try (VaultSession session = openForReading()) {
            out().println(session.guidance().writeCalendar(id, language, today, out));
        }
        return 0;
    }
}
