package io.casevault.cli;

import io.casevault.app.OriginalsExport;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code evidence export-originals}: the originals of exhibits as files, with a {@code SHA256SUMS} to check them. */
@Command(name = "export-originals", sortOptions = false, description = {
    "Write the originals of a case's exhibits into a new folder for a recipient who asks for them.",
    "Each file is named with its exhibit number (E-03 payment.png); SHA256SUMS beside them lets the recipient run "
            + "`sha256sum -c SHA256SUMS`. Every copy is checked against the vault's hash while it is written; the "
            + "originals are never changed. The folder must not exist or be empty; nothing is left behind when a copy "
            + "fails. The hand-over is recorded in the case's audit log."})
final class ExportOriginalsCommand extends VaultCommand {
    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "a new or empty folder")
    Path out;
    @Parameters(paramLabel = "EXHIBIT", arity = "0..*", description = "exhibits such as E-2 (default: all)")
    List<String> exhibits = List.of();
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        OriginalsExport done;
        try (VaultSession session = openForWriting()) {
            done = session.originals().export(id, exhibits, out, Progress.NONE);
        }
        if (json) {
            List<Map<String, Object>> files = new ArrayList<>();
            for (OriginalsExport.File f : done.files()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("exhibit", f.exhibit());
                m.put("file", f.name());
                m.put("sha256", f.sha256());
                m.put("size", f.size());
                files.add(m);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folder", done.folder().toString());
            m.put("files", files);
            m.put("sums", done.sums().getFileName().toString());
            printJson(m);
            return 0;
        }
        for (OriginalsExport.File f : done.files()) {
            out().println(f.exhibit() + "  " + f.sha256() + "  " + f.name());
        }
        out().println(done.files().size() + (done.files().size() == 1 ? " original" : " originals")
                + " and SHA256SUMS written to " + done.folder());
        return 0;
    }
}
