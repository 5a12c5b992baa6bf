package io.casevault.app;

import io.casevault.app.backup.BackupService;
import io.casevault.app.backup.BundleService;
import io.casevault.media.MediaProbe;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;
import io.casevault.vault.VaultVerifier;
import io.casevault.vault.VerifyReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/** An open vault with the services that the GUI and the CLI share. */
public final class VaultSession implements AutoCloseable {
    private final Vault vault;
    private final CaseService cases;
    private final TransactionService transactions;
    private final EvidenceService evidence;
    private final FollowUpService followUps;
    private final TimelineService timeline;
    private final ThumbnailService thumbnails;
    private final LookAlikes lookAlikes;
    private final StatementImportService statements;
    private final ExportService exports;
    private final BackupService backups;
    private final BundleService bundles;
    private final GuidanceService guidance;

    private VaultSession(Vault vault) {
        this.vault = vault;
        this.cases = new CaseService(vault);
        this.transactions = new TransactionService(vault, cases);
        this.evidence = new EvidenceService(vault, cases, new MediaProbe());
        this.followUps = new FollowUpService(vault, cases);
        this.timeline = new TimelineService(vault, cases);
        this.thumbnails = new ThumbnailService(vault.cacheDir(), vault.blobs()::path,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1)));
        this.lookAlikes = new LookAlikes(vault.cacheDir(), vault.blobs()::path);
        this.statements = new StatementImportService(vault, cases, evidence);
        this.exports = new ExportService(vault, cases);
        this.backups = new BackupService(vault);
        this.bundles = new BundleService(vault);
        this.guidance = new GuidanceService(vault, cases);
    }

    /** Creates the vault when missing (init, and the GUI's default vault) and opens it for writing. */
    public static VaultSession create(Path dir, Clock clock) {
        return new VaultSession(Vault.create(VaultLocation.resolve(dir), clock));
    }

    public static VaultSession open(Path dir, Vault.Access access, Clock clock) {
        return new VaultSession(Vault.open(VaultLocation.resolve(dir), access, clock));
    }

    public Path dir() {
        return vault.dir();
    }

    public Clock clock() {
        return vault.clock();
    }

    public boolean isWritable() {
        return vault.isWritable();
    }

    public CaseService cases() {
        return cases;
    }

    public TransactionService transactions() {
        return transactions;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public FollowUpService followUps() {
        return followUps;
    }

    public TimelineService timeline() {
        return timeline;
    }

    /** Which exhibit a newly added picture looks the same as, from looks kept under the vault's {@code cache/}. */
    public LookAlikes lookAlikes() {
        return lookAlikes;
    }

    /** Thumbnails and viewer renditions, made in the background and cached under the vault's {@code cache/}. */
    public ThumbnailService thumbnails() {
        return thumbnails;
    }

    public StatementImportService statements() {
        return statements;
    }

    public ExportService exports() {
        return exports;
    }

    /** Backups of the whole vault, and when the last one was made. */
    public BackupService backups() {
        return backups;
    }

    /** Handing a case to another vault as a bundle file, and taking one in. */
    public BundleService bundles() {
        return bundles;
    }

    /** Deadlines, next steps, readiness, the complaint letter and the calendar of a case. */
    public GuidanceService guidance() {
        return guidance;
    }

    public VerifyReport verify(Progress progress) {
        try {
            return new VaultVerifier(vault).verify((done, total) -> progress.update(done, total, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Verifying " + vault.dir() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thumbnails.close();
        vault.close();
    }
}
