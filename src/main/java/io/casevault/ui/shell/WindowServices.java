package io.casevault.ui.shell;

import io.casevault.app.CaseSearch;
import io.casevault.app.CaseGuidance;
import io.casevault.app.CaseSummary;
import io.casevault.app.VaultSession;
import io.casevault.app.backup.BackupResult;
import io.casevault.app.backup.BundleExportResult;
import io.casevault.app.backup.BundleImportResult;
import io.casevault.app.backup.RestoreResult;
import io.casevault.app.backup.RestoreService;
import io.casevault.app.Progress;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.StatusChange;
import io.casevault.domain.Transaction;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.backup.BackupActions;
import io.casevault.ui.cases.OverviewViewModel;
import io.casevault.ui.transactions.TransactionsViewModel;
import io.casevault.ui.welcome.SampleCase;
import io.casevault.vault.BackupLog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The open vault's services seen through the narrow interfaces the window's view models declare. Part of the
 * composition root: with {@link WindowWiring} and {@link Shell} the only window code that sees {@link VaultSession}.
 */
public final class WindowServices {
    private final VaultSession session;
    private final Clock clock;
    private final ZoneId zone;
    private final Runnable readScreenshots;

    public WindowServices(VaultSession session, Clock clock, ZoneId zone) {
        this(session, clock, zone, () -> session.recognition().start(Progress.NONE));
    }

    /** @param readScreenshots reads the text of screenshots not read yet, in the background (after a bundle import) */
    public WindowServices(VaultSession session, Clock clock, ZoneId zone, Runnable readScreenshots) {
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.readScreenshots = Objects.requireNonNull(readScreenshots);
    }

    public CaseListViewModel.Services caseList() {
        return new CaseListViewModel.Services() {
            @Override
            public List<CaseSummary> list(LocalDate today) {
                return session.cases().list(today);
            }

            @Override
            public Map<Long, Deadline> nextDeadlines() {
                return session.guidance().nextDeadlines();
            }

            @Override
            public Map<Long, Integer> casesMatching(String text) {
                return session.transactions().casesMatching(text);
            }

            @Override
            public Map<Long, Integer> casesByScreenshotText(String text) {
                return session.recognition().casesMatching(text);
            }

            @Override
            public void prepareSearch() {
                session.search().prepare();
            }

            @Override
            public CaseSearch.Matches search(String text) {
                return session.search().casesMatching(text);
            }
        };
    }

    public OverviewViewModel.Services overview() {
        return new OverviewViewModel.Services() {
            @Override
            public CaseSummary summary(long caseId, LocalDate today) {
                return session.cases().summary(caseId, today);
            }

            @Override
            public List<StatusChange> statusChanges(long caseId) {
                return session.cases().statusChanges(caseId);
            }

            @Override
            public CaseGuidance guidance(long caseId, LocalDate today) {
                return session.guidance().guidance(caseId, today);
            }

            @Override
            public Case changeStatus(long caseId, CaseStatus status, String note) {
                return session.cases().changeStatus(caseId, status, note);
            }

            @Override
            public void trash(long caseId) {
                session.cases().trash(caseId);
            }

            @Override
            public void purge(long caseId) {
                session.cases().purge(caseId);
            }

            @Override
            public void restore(long caseId) {
                session.cases().restore(caseId);
            }

            @Override
            public ClockRules presets() {
                return session.guidance().presets();
            }

            @Override
            public List<ClockRule> rules(long caseId) {
                return session.guidance().rules(caseId);
            }

            @Override
            public List<ClockRule> setRules(long caseId, List<ClockRule> rules) {
                return session.guidance().setRules(caseId, rules);
            }
        };
    }

    public TransactionsViewModel.Services transactions() {
        return new TransactionsViewModel.Services() {
            @Override
            public List<Transaction> list(long caseId) {
                return session.transactions().list(caseId);
            }

            @Override
            public void trash(long transactionId) {
                session.transactions().trash(transactionId);
            }

            @Override
            public void restore(long transactionId) {
                session.transactions().restore(transactionId);
            }

            @Override
            public boolean canImport() {
                return session.isWritable();
            }
        };
    }

    public SampleCase.Store sampleStore() {
        return new SampleCase.Store() {
            @Override
            public Case create(NewCase draft) {
                return session.cases().create(draft);
            }

            @Override
            public void add(NewTransaction transaction) {
                session.transactions().add(transaction);
            }

            @Override
            public void add(NewFollowUp followUp) {
                session.followUps().add(followUp);
            }
        };
    }

    public BackupActions.Services backups() {
        return new BackupActions.Services() {
            @Override
            public BackupResult backup(Path target, Progress progress) {
                return session.backups().backup(target, progress);
            }

            @Override
            public RestoreResult restore(Path backup, Path target, Progress progress) {
                return RestoreService.restore(backup, target, clock, progress);
            }

            @Override
            public BundleExportResult exportBundle(long caseId, Path target, Progress progress) {
                return session.bundles().exportBundle(caseId, target, progress);
            }

            @Override
            public BundleImportResult importBundle(Path bundle, Progress progress) {
                BundleImportResult imported = session.bundles().importBundle(bundle, progress);
                // the bundle's screenshots are read afterwards, in the background, never on the import path
                readScreenshots.run();
                return imported;
            }

            @Override
            public Optional<Instant> lastBackup() {
                return session.backups().lastBackup().map(BackupLog.Entry::at);
            }

            @Override
            public boolean hasCases() {
                return session.cases().list(LocalDate.now(clock.withZone(zone))).stream()
                        .anyMatch(c -> !c.theCase().sample());
            }
        };
    }
}
