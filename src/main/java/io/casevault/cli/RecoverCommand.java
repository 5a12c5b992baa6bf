package io.casevault.cli;

import io.casevault.app.Progress;
import io.casevault.app.RecoveryReport;
import io.casevault.app.RecoveryService;
import io.casevault.vault.Problem;
import io.casevault.vault.SalvageReport;
import io.casevault.vault.VaultLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code recover --out DIR}: a new vault from a damaged one; the damaged files are only read. */
// one sentence per line: picocli starts each line anew and wraps it to the terminal's width
@Command(name = "recover", description = {"Build a new vault from a damaged one, which is never changed.",
        "It gets every row SQLite can still read, every original (re-hashed; those no row describes go into a "
                + "\"Recovered files\" case) and a report of what was lost; the latest backup is named when restoring "
                + "it would be more complete.",
        "Exit 0 when nothing was lost, 1 otherwise."})
final class RecoverCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the new vault folder: missing or empty")
    Path out;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        Path damaged = VaultLocation.resolve(root().vault);
        RecoveryReport r = RecoveryService.recover(damaged, out, context().clock(), Progress.NONE);
        boolean ok = r.salvage().complete() && r.verify().ok();
        if (json) {
            printJson(json(r));
            return ok ? Cli.OK : Cli.FAILURE;
        }
        out().println(r.summary().english());
        out().println(r.losses().english());
        r.details().forEach(d -> out().println("  " + d));
        r.backupAdvice().ifPresent(a -> out().println(a.english()));
        r.backup().filter(b -> b.exists()).ifPresent(b -> out().println("To restore it instead: casevault restore "
                + b.location() + " --vault NEW-FOLDER"));
        if (r.verify().ok()) {
            out().println("The new vault verifies: " + r.verify().rowsChecked() + " evidence rows, "
                    + r.verify().blobsChecked() + " originals re-hashed, " + r.verify().auditEntries()
                    + " audit entries in an unbroken chain.");
        } else {
            out().println("The new vault has " + r.verify().problems().size() + " problem(s):");
            for (Problem p : r.verify().problems()) {
                out().println("  [" + p.kind().code() + "] " + p.detail());
            }
        }
        return ok ? Cli.OK : Cli.FAILURE;
    }

    private static Map<String, Object> json(RecoveryReport r) {
        SalvageReport s = r.salvage();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vault", s.target().toString());
        m.put("from", s.source().toString());
        m.put("method", s.method());
        m.put("complete", s.complete());
        m.put("rows", new java.util.TreeMap<>(s.rows()));
        m.put("originals", s.originals());
        m.put("damagedOriginals", s.damagedOriginals());
        m.put("lostEvidence", s.lostEvidence());
        m.put("refused", s.refused());
        m.put("placeholderCases", s.placeholderCases());
        m.put("databaseDamage", s.damage());
        m.put("auditChainBreaks", s.auditBreaks());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("caseId", s.recoveredFilesCase());
        files.put("sha256", s.recoveredFiles());
        m.put("recoveredFiles", files);
        m.put("verify", Map.of("ok", r.verify().ok(), "problems", r.verify().problems().stream()
                .map(p -> Map.of("kind", p.kind().code(), "detail", p.detail())).toList()));
        r.backup().ifPresent(b -> {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("at", b.at().toString());
            bm.put("location", b.location().toString());
            bm.put("exists", b.exists());
            bm.put("originals", b.originals());
            bm.put("changesAfter", b.changesAfter());
            bm.put("moreComplete", b.moreComplete());
            m.put("backup", bm);
        });
        return m;
    }
}
