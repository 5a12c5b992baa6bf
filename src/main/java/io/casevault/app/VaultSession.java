package io.casevault.app;

import io.casevault.app.backup.BackupService;
import io.casevault.app.backup.BundleService;
import io.casevault.media.MediaProbe;
import io.casevault.ocr.OcrSettings;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.Repositories;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultClaim;
import io.casevault.vault.VaultLocation;
import io.casevault.vault.VaultVerifier;
import io.casevault.vault.VerifyReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** An open vault with the services that the GUI and the CLI share. */
public final class VaultSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VaultSession.class);

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
    private final MailImportService mail;
    private final MailAddressService mailAddresses;
    private final MailThreadService mailThreads;
    private final RecognitionService recognition;
    private final SuggestionService suggestions;
    private final FormTextService formTexts;
    private final OriginalsExportService originals;

    /** The session's own executors when it was opened without the application's; closed with it. */
    private final AppExecutors ownExecutors;

    private VaultSession(Vault vault, AppExecutors executors, boolean ownsExecutors, OcrSettings ocr) {
        this.vault = vault;
        this.ownExecutors = ownsExecutors ? executors : null;
        Repositories r = vault.repositories();
        this.cases = new CaseService(vault, r.cases(), r.statusChanges(), r.transactions(), r.evidence(),
                r.followUps(), r.audit());
        this.transactions = new TransactionService(vault, cases, r.transactions(), r.audit(), executors.ahead());
        this.evidence = new EvidenceService(vault, cases, new MediaProbe(), executors.io(), r.evidence(),
                r.evidenceDetails(), r.audit());
        this.followUps = new FollowUpService(vault, cases, r.followUps(), r.audit(), r.evidence(), r.evidenceDetails());
        this.timeline = new TimelineService(vault, cases, r.transactions(), r.evidence(), r.followUps(),
                r.statusChanges(), r.suggestions());
        // one core is left for the window while thumbnails are made
        this.thumbnails = new ThumbnailService(vault.cacheDir(), vault.blobs()::path, executors.cpu(),
                Math.max(1, Math.min(4, executors.cpuParallelism() - 1)));
        this.lookAlikes = new LookAlikes(vault.cacheDir(), vault.blobs()::path);
        this.statements = new StatementImportService(vault, cases, evidence, r.transactions(), r.importMappings(),
                r.audit());
        this.backups = new BackupService(vault, r.backups());
        this.bundles = new BundleService(vault, r.cases(), r.caseTables(), r.audit(), r.importedHistory());
        this.guidance = new GuidanceService(vault, cases, r.transactions(), r.evidence(), r.evidenceDetails(),
                r.followUps(), r.caseClocks(), r.cases(), r.audit());
        this.mailAddresses = new MailAddressService(vault, r.mail(), r.audit());
        this.mail = new MailImportService(vault, cases, new MediaProbe(), r.followUps(), r.evidence(),
                r.evidenceDetails(), r.mail(), r.audit(), mailAddresses, executors.io());
        this.mailThreads = new MailThreadService(vault, cases, r.followUps(), r.mail());
        this.formTexts = new FormTextService(vault, cases, r.transactions(), r.followUps());
        this.originals = new OriginalsExportService(vault, cases, r.evidence(), r.audit());
        this.recognition = new RecognitionService(vault, r.recognition(), r.evidence(), r.evidenceDetails(),
                executors.cpu(), executors.ahead(), ocr != null ? ocr
                // the bundled models; ONNX Runtime's native libraries are kept in the vault's cache, not the temp folder
                : OcrSettings.defaults().withNativeLibraryCache(vault.cacheDir().resolve("native")));
        this.exports = new ExportService(vault, cases, executors.cpu(), Math.min(4, executors.cpuParallelism()),
                r.transactions(), r.evidence(), r.evidenceDetails(), r.followUps(), r.statusChanges(), r.audit(),
                recognition);
        exports.printMail(new MailDossier(vault, mailThreads));
        this.suggestions = new SuggestionService(vault, cases, evidence, transactions, r.evidence(),
                r.evidenceDetails(), r.transactions(), r.recognition(), r.suggestions(), r.audit(),
                java.time.ZoneId.systemDefault());
        // proposals follow their inputs: an exhibit's text, the case's transactions
        recognition.onRead(suggestions::refreshExhibit);
        transactions.onChange(suggestions::refreshCase);
        statements.onChange(suggestions::refreshCase);
    }

    /**
     * Creates the vault when missing (init, and the GUI's default vault) and opens it for writing; its services run
     * their background work on {@code executors}, which the caller owns and shuts down.
     */
    public static VaultSession create(Path dir, Clock clock, AppExecutors executors) {
        return create(dir, clock, executors, null);
    }

    /** As {@link #create(Path, Clock, AppExecutors)}, reading text with other OCR settings (tests: damaged models). */
    static VaultSession create(Path dir, Clock clock, AppExecutors executors, OcrSettings ocr) {
        return new VaultSession(Vault.create(VaultLocation.resolve(dir), clock), executors, false, ocr);
    }

    /** Opens a vault; its services run their background work on {@code executors}, which the caller owns. */
    public static VaultSession open(Path dir, Vault.Access access, Clock clock, AppExecutors executors) {
        return new VaultSession(Vault.open(VaultLocation.resolve(dir), access, clock), executors, false, null);
    }

    /**
     * Adds files to a case of the vault in {@code dir}, opened for writing for this (the command line's add). The
     * vault's write lock is taken first, so a vault in use is refused before any file is read; then the first files
     * are staged, checked and flushed on the I/O executor while the database opens and the case is looked up. A vault
     * that does not open, or a case that cannot take files, leaves no staged copy behind.
     *
     * @throws AddStoppedException when the vault's disk fills, with what went in before
     */
    public static List<AddOutcome> addEvidence(Path dir, Clock clock, AppExecutors executors, long caseId,
                                               List<Path> files, String caption, Progress progress) {
        return addEvidence(dir, clock, executors, executors.io(), new Add(caseId, files, caption, progress));
    }

    /** An add's case, files, caption and progress. */
    record Add(long caseId, List<Path> files, String caption, Progress progress) {
    }

    /** As {@link #addEvidence(Path, Clock, AppExecutors, long, List, String, Progress)}, staging on {@code io}. */
    static List<AddOutcome> addEvidence(Path dir, Clock clock, AppExecutors executors, Executor io, Add add) {
        Path location = VaultLocation.resolve(dir);
        try (VaultClaim claim = VaultClaim.take(location)) {
            StagingWindow ahead = EvidenceImport.stageAhead(claim.blobs(), new MediaProbe(), io, add.files());
            Vault vault = null;
            VaultSession session;
            try {
                vault = claim.open(clock);
                session = new VaultSession(vault, executors, false, null);
            } catch (RuntimeException | Error e) {
                // asked before the staged copies go: they may be what fills the disk
                boolean full = e instanceof RuntimeException && DiskFullException.isDiskFull(e, location);
                ahead.abandon();
                if (vault != null) {
                    vault.close();
                }
                if (!full) {
                    throw e;
                }
                LOG.info("The files staged ahead filled the disk of {} before its database opened; adding them "
                        + "after it opens", location);
                return addAfterOpening(location, clock, executors, add);
            }
            try (session) {
                return session.evidence().add(add.caseId(), ahead, add.caption(), add.progress());
            }
        }
    }

    /**
     * The add again, with nothing staged before the database opens: the copies staged ahead filled the disk and left
     * the database no room to open, and without them it has; the files that fit are recorded, as in any add.
     */
    private static List<AddOutcome> addAfterOpening(Path dir, Clock clock, AppExecutors executors, Add add) {
        try (VaultSession session = open(dir, Vault.Access.WRITE, clock, executors)) {
            return session.evidence().add(add.caseId(), add.files(), add.caption(), add.progress());
        }
    }

    /** As {@link #create(Path, Clock, AppExecutors)}, with executors of its own that close with the session. */
    public static VaultSession create(Path dir, Clock clock) {
        return withOwnExecutors(() -> Vault.create(VaultLocation.resolve(dir), clock));
    }

    /** As {@link #open(Path, Vault.Access, Clock, AppExecutors)}, with executors of its own that close with it. */
    public static VaultSession open(Path dir, Vault.Access access, Clock clock) {
        return withOwnExecutors(() -> Vault.open(VaultLocation.resolve(dir), access, clock));
    }

    private static VaultSession withOwnExecutors(Supplier<Vault> opener) {
        AppExecutors executors = AppExecutors.forThisMachine();
        try {
            return new VaultSession(opener.get(), executors, true, null);
        } catch (RuntimeException e) {
            executors.close();
            throw e;
        }
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

    /** Whether changes can be written now (after a full disk: whether there is room again). */
    public boolean hasRoomToWrite() {
        return vault.hasRoomToWrite();
    }

    /** Why this vault can only be read (its folder, another process, a full disk); empty when it can be changed. */
    public java.util.Optional<Vault.ReadOnlyCause> readOnlyCause() {
        return vault.readOnlyCause();
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
    public MailImportService mail() {
        return mail;
    }

    /** The user's own e-mail addresses, which decide who wrote an imported message. */
    public MailAddressService mailAddresses() {
        return mailAddresses;
    }

    /** Which imported e-mails of a case form one conversation, for the timeline's thread groups. */
    public MailThreadService mailThreads() {
        return mailThreads;
    }

    public GuidanceService guidance() {
        return guidance;
    }

    /** Verifies a vault whose database is damaged (it cannot be opened): what SQLite says, and every original. */
    public static VerifyReport verifyDamaged(Path dir, Progress progress) {
        Path resolved = VaultLocation.resolve(dir);
        try {
            return VaultVerifier.verifyDamaged(resolved, (done, total) -> progress.update(done, total, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Verifying " + resolved + " failed: " + e.getMessage(), e);
        }
    }

    /** The text read from image exhibits: background recognition and the text outside redactions. */
    public RecognitionService recognition() {
        return recognition;
    }

    /** The case list's search over transactions and screenshots' text, both asked at once. */
    public CaseSearch search() {
        return new CaseSearch(transactions, recognition);
    }

    /** Links, transactions, captions, event times and redactions proposed from the exhibits' text. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** A case's complaint cut into the fields of a web form. */
    public FormTextService formTexts() {
        return formTexts;
    }

    /** Handing the originals of exhibits over as files with a {@code SHA256SUMS}. */
    public OriginalsExportService originals() {
        return originals;
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
        recognition.close();
        vault.close();
        if (ownExecutors != null) {
            ownExecutors.close();
        }
    }
}
