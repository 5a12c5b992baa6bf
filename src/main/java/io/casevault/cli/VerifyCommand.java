package io.casevault.cli;

import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.vault.Problem;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultDamagedException;
import io.casevault.vault.VaultLocation;
import io.casevault.vault.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code verify}: exit 0 when the vault is sound, 1 with every problem listed. */
@Command(name = "verify", description = "Re-hash every original and check the database and the audit log; "
        + "exit 0 when sound, 1 with the problems listed. Never changes evidence.")
final class VerifyCommand extends VaultCommand {
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        VerifyReport report;
        String dir;
        try (VaultSession session = openForReading()) {
            report = session.verify(Progress.NONE);
            dir = session.dir().toString();
        } catch (RuntimeException e) {
            if (!(e instanceof VaultDamagedException) && !Vault.isDamage(e)) {
                throw e;
            }
            report = VaultSession.verifyDamaged(root().vault, Progress.NONE);
            dir = VaultLocation.resolve(root().vault).toString();
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", report.ok());
            m.put("problems", report.problems().stream().map(p -> Map.of("kind", p.kind().code(), "detail",
                    p.detail(), "details", p.details())).toList());
            m.put("warnings", warnAboutSyncFolder().map(r -> List.of(r.english())).orElse(List.of()));
            m.put("evidenceRows", report.rowsChecked());
            m.put("blobsChecked", report.blobsChecked());
            m.put("auditEntries", report.auditEntries());
            printJson(m);
        } else if (report.ok()) {
            out().println("The vault " + dir + " is sound: " + report.rowsChecked() + " evidence rows, "
                    + report.blobsChecked() + " originals re-hashed, " + report.auditEntries()
                            + " audit entries in an unbroken chain.");
        } else {
            out().println("The vault " + dir + " has " + report.problems().size() + " problem(s):");
            for (Problem p : report.problems()) {
                out().println("  [" + p.kind().code() + "] " + p.detail());
                p.details().forEach(d -> out().println("      " + d));
            }
        }
        return report.ok() ? 0 : 1;
    }
}
