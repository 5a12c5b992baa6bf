package io.casevault.cli;

import io.casevault.app.ByteSize;
import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code export}: writes the evidence dossier PDF of a case, or its submission copy under a size. */
@Command(name = "export", description = {"Write the evidence dossier of a case as a PDF/A-3b file.",
        "The originals of unredacted exhibits and a hash manifest are attached.",
        "With --max-size, write the submission copy instead: no originals attached (every hash still listed), "
                + "pictures re-encoded only as far as needed for the file to be at most that size; with --split, "
                + "numbered volumes FILE-1.pdf, FILE-2.pdf ... when one file cannot be."})
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
    @Option(names = "--max-size", paramLabel = "SIZE",
            description = "write the submission copy, at most SIZE per file: 20MB (e-mail), 5MB, 512KB (1 MB = "
                    + "1,000,000 bytes)")
    String maxSize;
    @Option(names = "--split", description = "with --max-size: split into volumes FILE-1.pdf, FILE-2.pdf ... when "
            + "one file cannot be small enough")
    boolean split;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        ExportOptions.Language language = CliParse.choice("--lang", lang, ExportOptions.Language.class);
        if (split && maxSize == null) {
            throw new DomainException("--split needs --max-size: only the submission copy is split into volumes.");
        }
        long max = maxSize == null ? 0 : ByteSize.parse("--max-size", maxSize);
        ExportResult result;
        try (VaultSession session = openForReading()) {
            result = session.exports().export(id,
                    new ExportOptions(out, language, !noOriginals, auditLog, context().zone(), max, split),
                    Progress.NONE);
        }
        if (result.submission() == null) {
            out().println(result.file());
            out().println(result.pages() + " pages");
            return 0;
        }
        ExportResult.Submission copy = result.submission();
        for (ExportResult.Volume v : copy.volumes()) {
            out().println(v.file() + "\t" + ByteSize.format(v.bytes()) + "\t" + v.pages() + " pages");
        }
        out().println(copy.volumes().size() + (copy.volumes().size() == 1 ? " file, " : " volumes, ")
                + ByteSize.format(copy.totalBytes()) + " (predicted " + ByteSize.format(copy.predictedBytes())
                + "; at most " + ByteSize.format(copy.maxBytes()) + " each); pictures " + copy.pictures()
                + "; originals not attached, every SHA-256 listed");
        return 0;
    }
}
