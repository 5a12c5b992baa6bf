package io.casevault.cli;

import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.app.backup.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code backup --out PATH}: the whole vault, consistent even while the app is using it. */
@Command(name = "backup", description = {"Back up the whole vault (database and originals), also while the app runs.",
        "PATH ending in .cvbackup or .zip: one archive file; otherwise a folder that later backups update",
        "incrementally (originals already there are not copied again)."})
final class BackupCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "PATH", description = "archive file or backup folder")
    Path target;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        BackupResult r;
        try (VaultSession session = openForReading()) {
            r = session.backups().backup(target, Progress.NONE);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", r.target().toString());
            m.put("kind", r.folder() ? "folder" : "archive");
            m.put("originals", r.blobs());
            m.put("copied", r.copied());
            m.put("bytes", r.bytes());
            m.put("seconds", r.took().toMillis() / 1000.0);
            m.put("missing", r.missing());
            m.put("recorded", r.recorded());
            printJson(m);
        } else {
            printText(r);
        }
        return r.missing().isEmpty() ? Cli.OK : Cli.FAILURE;
    }

    private void printText(BackupResult r) {
        out().println(r.target());
        out().println(String.format(Locale.ROOT, "%d originals (%d copied), %.1f MB in %.1f s", r.blobs(), r.copied(),
                r.bytes() / 1e6, r.took().toMillis() / 1000.0));
        if (!r.missing().isEmpty()) {
            context().err().println(r.missing().size() + " original(s) the database refers to are missing from the "
                    + "vault and are not in the backup; run `casevault verify`.");
        }
        if (!r.recorded()) {
            context().err().println("The time of this backup could not be noted in the vault, because another "
                    + "CaseVault window is using it.");
        }
    }
}
