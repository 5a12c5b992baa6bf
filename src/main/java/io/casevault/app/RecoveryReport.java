package io.casevault.app;

import io.casevault.domain.Reason;
import io.casevault.vault.SalvageReport;
import io.casevault.vault.VerifyReport;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vault rebuilt from a damaged one: what was recovered and lost ({@link SalvageReport}), the new vault's own
 * verify, and the latest backup, if the damaged vault recorded one, compared with the recovery.
 */
public record RecoveryReport(SalvageReport salvage, VerifyReport verify, Optional<BackupOffer> backup) {
    public RecoveryReport {
        Objects.requireNonNull(salvage);
        Objects.requireNonNull(verify);
        Objects.requireNonNull(backup);
    }

    /**
     * The latest backup of the damaged vault.
     *
     * @param exists        whether the backup is still where it was written
     * @param changesAfter  recovered audit entries (changes) made after it: what restoring it would lose
     * @param moreComplete  whether restoring it would bring back more than the recovery did
     */
    public record BackupOffer(Instant at, Path location, int originals, boolean exists, long changesAfter,
                              boolean moreComplete) {
        public BackupOffer {
            Objects.requireNonNull(at);
            Objects.requireNonNull(location);
        }
    }

    public Path vault() {
        return salvage.target();
    }

    /** One sentence: what the new vault holds. */
    public Reason summary() {
        SalvageReport s = salvage;
        return Reason.of("recover.summary", "Recovered " + s.rows("cases") + " case(s), " + s.rows("transactions")
                        + " transaction(s), " + s.rows("evidence") + " evidence row(s), " + s.rows("followups")
                        + " follow-up(s), " + s.rows("audit_log") + " audit entries and " + s.originals()
                        + " original(s) into " + s.target() + ".", s.rows("cases"), s.rows("transactions"),
                s.rows("evidence"), s.rows("followups"), s.rows("audit_log"), s.originals(), s.target());
    }

    /** One sentence: whether anything was lost. */
    public Reason losses() {
        SalvageReport s = salvage;
        if (s.complete()) {
            return Reason.of("recover.nothingLost", "Nothing readable was lost.");
        }
        int originals = s.damagedOriginals().size();
        int rows = s.lostEvidence().size() + s.refused().size();
        return Reason.of("recover.lost", "Lost: " + originals + " damaged original(s), " + rows
                + " record(s) whose case or original was lost, " + s.damage().size()
                + " damaged part(s) of the database; the details list each.", originals, rows, s.damage().size());
    }

    /** One sentence about the backup, when there is one. */
    public Optional<Reason> backupAdvice() {
        return backup.map(b -> {
            if (!b.exists()) {
                return Reason.of("recover.backupGone", "The latest backup (" + b.at() + ") is no longer at "
                        + b.location() + ".", b.at(), b.location());
            }
            if (b.moreComplete()) {
                return Reason.of("recover.backupBetter", "The backup of " + b.at() + " at " + b.location()
                        + " holds " + b.originals() + " original(s) and nothing recovered is newer: restoring it "
                        + "would be more complete than this recovery.", b.at(), b.location(), b.originals());
            }
            if (b.changesAfter() == 0) {
                return Reason.of("recover.backupSame", "The backup of " + b.at() + " at " + b.location()
                        + " holds nothing this recovery lacks.", b.at(), b.location());
            }
            return Reason.of("recover.recoveryBetter", "The backup of " + b.at() + " at " + b.location()
                    + " lacks " + b.changesAfter() + " change(s) made after it: this recovery is more complete.",
                    b.at(), b.location(), b.changesAfter());
        });
    }

    /** Every detail line, for the report's text form and the window's details. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add("read " + (salvage.method().equals("pages") ? "page by page (SQLite could not read the schema)"
                : "table by table through SQLite"));
        salvage.damage().forEach(d -> lines.add("database: " + d));
        salvage.damagedOriginals().forEach(d -> lines.add("damaged original: " + d));
        salvage.lostEvidence().forEach(d -> lines.add("evidence not recovered: " + d));
        salvage.refused().forEach(d -> lines.add("not recovered: " + d));
        if (salvage.placeholderCases() > 0) {
            lines.add(salvage.placeholderCases() + " case(s) lost their details; their records are kept under a "
                    + "placeholder case");
        }
        salvage.auditBreaks().forEach(d -> lines.add("audit chain: " + d));
        if (!salvage.recoveredFiles().isEmpty()) {
            lines.add(salvage.recoveredFiles().size() + " original(s) no readable record describes are in the case "
                    + "\"Recovered files\" (" + salvage.recoveredFilesCase() + ")");
            salvage.recoveredFiles().forEach(sha -> lines.add("  recovered file " + sha));
        }
        return lines;
    }
}
