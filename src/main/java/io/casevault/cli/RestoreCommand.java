package io.casevault.cli;

import io.casevault.app.Progress;
import io.casevault.app.backup.RestoreResult;
import io.casevault.app.backup.RestoreService;
import io.casevault.vault.Problem;
import io.casevault.vault.VaultLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code restore ARCHIVE --vault DIR}: a backup into a new vault folder, checked entry by entry, then verified. */
@Command(name = "restore", description = {"Restore a backup (archive file or backup folder) into a new vault folder.",
        "Every entry is checked against the backup's manifest before the vault appears; an existing vault is",
        "never overwritten. A full verify runs afterwards."})
final class RestoreCommand extends VaultCommand {
    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "a .cvbackup/.zip file or a backup folder")
    Path backup;
    @Option(names = "--vault", paramLabel = "DIR", description = "the new vault folder: missing or empty (default: as for every command)")
    Path vault;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        // on a new computer the usual place is right: restore refuses it when a vault is already there
        Path target = VaultLocation.resolve(vault != null ? vault : root().vault);
        RestoreResult r = RestoreService.restore(backup, target, context().clock(), Progress.NONE);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vault", r.vault().toString());
            m.put("backedUpAt", r.backedUpAt().toString());
            m.put("originals", r.blobs());
            m.put("ok", r.report().ok());
            m.put("problems", r.report().problems().stream().map(p -> Map.of("kind", p.kind().code(), "detail",
                    p.detail())).toList());
            printJson(m);
            return r.report().ok() ? Cli.OK : Cli.FAILURE;
        }
        out().println("Restored the backup of " + r.backedUpAt() + " into " + r.vault() + ": " + r.blobs()
                + " originals.");
        if (r.report().ok()) {
            out().println("The restored vault is sound: " + r.report().rowsChecked() + " evidence rows, "
                    + r.report().blobsChecked() + " originals re-hashed, " + r.report().auditEntries()
                    + " audit entries in an unbroken chain.");
            return Cli.OK;
        }
        out().println("The restored vault has " + r.report().problems().size() + " problem(s), as the backed-up "
                + "vault had:");
        for (Problem p : r.report().problems()) {
            out().println("  [" + p.kind().code() + "] " + p.detail());
        }
        return Cli.FAILURE;
    }
}
