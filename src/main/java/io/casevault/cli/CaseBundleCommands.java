package io.casevault.cli;

import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.app.backup.BundleExportResult;
import io.casevault.app.backup.BundleImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code case export-bundle} and {@code case import-bundle}: handing a case to another vault. */
final class CaseBundleCommands {
    private CaseBundleCommands() {
    }

    @Command(name = "export-bundle", description = {"Write one case as a bundle file for another vault.",
            "The bundle holds its rows, originals and audit history."})
    static final class Export extends VaultCommand {
        @Parameters(paramLabel = "ID", description = "case id")
        String id;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the bundle file, e.g. case.cvbundle")
        Path file;
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            long caseId = CliParse.id("Case id", id);
            BundleExportResult r;
            try (VaultSession session = openForReading()) {
                r = session.bundles().exportBundle(caseId, file, Progress.NONE);
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", r.file().toString());
                m.put("bundleId", r.bundleId());
                m.put("evidence", r.evidence());
                m.put("originals", r.originals());
                m.put("historyEntries", r.historyEntries());
                printJson(m);
                return Cli.OK;
            }
            out().println(r.file());
            out().println(r.evidence() + " evidence items, " + r.originals() + " originals, " + r.historyEntries()
                    + " audit entries; bundle " + r.bundleId());
            return Cli.OK;
        }
    }

    @Command(name = "import-bundle", description = {"Take in a case bundle from another vault as a new case; prints its id.",
            "The same bundle imported again is recognised, not duplicated."})
    static final class Import extends VaultCommand {
        @Parameters(paramLabel = "FILE", description = "a bundle written by case export-bundle")
        Path file;
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            BundleImportResult r;
            try (VaultSession session = openForWriting()) {
                r = session.bundles().importBundle(file, Progress.NONE);
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("caseId", r.caseId());
                m.put("title", r.title());
                m.put("alreadyImported", r.alreadyImported());
                m.put("evidence", r.evidence());
                m.put("newOriginals", r.newOriginals());
                m.put("historyEntries", r.historyEntries());
                printJson(m);
                return Cli.OK;
            }
            out().println(r.caseId());
            if (r.alreadyImported()) {
                out().println("This bundle was imported before, as case " + r.caseId() + " (" + r.title()
                        + "); nothing was changed.");
            } else {
                out().println("Imported \"" + r.title() + "\" as case " + r.caseId() + ": " + r.evidence()
                        + " evidence items (" + r.newOriginals() + " new originals), " + r.historyEntries()
                        + " audit entries of its history.");
            }
            return Cli.OK;
        }
    }
}
