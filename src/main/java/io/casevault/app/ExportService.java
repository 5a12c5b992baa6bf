package io.casevault.app;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.Case;
import io.casevault.domain.DomainException;
import io.casevault.domain.EventTime;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.domain.Timeline;
import io.casevault.dossier.DossierCancelledException;
import io.casevault.dossier.DossierInput;
import io.casevault.dossier.DossierOptions;
import io.casevault.dossier.DossierProgress;
import io.casevault.dossier.DossierResult;
import io.casevault.dossier.DossierWriter;
import io.casevault.dossier.ExhibitInput;
import io.casevault.dossier.Lang;
import io.casevault.vault.AuditLog;
import io.casevault.vault.BundledFiles;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.StatusChangeRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * Exports a case as its evidence dossier. First reads the text of the case's image exhibits that recognition has not
 * reached yet (when the engine is available and the vault writable), so every screenshot page carries its invisible
 * text layer; an exhibit whose text cannot be read is exported without one and named in the result. Then gathers
 * everything in one read, writes the PDF to a temporary file beside the target and moves it into place only when
 * complete: a cancelled or failed export leaves no file behind. Safe to call from a background task;
 * {@link Progress#isCancelled()} is checked between exhibits, while reading and while writing.
 */
public final class ExportService {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final Vault vault;
    private final CaseService cases;
    private final TransactionRepository transactions;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final FollowUpRepository followUps;
    private final StatusChangeRepository statusChanges;
    private final AuditLog audit;
    private final RecognitionService recognition;
    private final SubmissionExport submissions;

    private final Executor cpu;
    private final int dossierWorkers;
    /** The case's e-mail pages and correspondence; none until the session sets it. */
    private MailDossier mail;

    /** @param cpu where the dossier prepares {@code dossierWorkers} exhibits at once (the application's CPU executor) */
    public ExportService(Vault vault, CaseService cases, Executor cpu, int dossierWorkers,
                         TransactionRepository transactions, EvidenceRepository evidence,
                         EvidenceDetailsRepository details, FollowUpRepository followUps,
                         StatusChangeRepository statusChanges, AuditLog audit, RecognitionService recognition) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.cpu = Objects.requireNonNull(cpu);
        this.dossierWorkers = dossierWorkers;
        this.transactions = Objects.requireNonNull(transactions);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.followUps = Objects.requireNonNull(followUps);
        this.statusChanges = Objects.requireNonNull(statusChanges);
        this.audit = Objects.requireNonNull(audit);
        this.recognition = Objects.requireNonNull(recognition);
        this.submissions = new SubmissionExport(cpu, dossierWorkers);
        // the fonts by path, from the copies the window keeps too
        DossierWriter.fontFiles(font -> BundledFiles.asFile(font, VaultLocation.cacheDir().resolve("fonts")));
    }

    /**
     * The submission copy's predicted size and volumes for these options, before exporting: exact when the pictures
     * fit as they are, else from a sample of them re-encoded. Reads the vault once; does not read screenshots' text.
     */
    public SubmissionExport.Prediction predict(long caseId, ExportOptions options) {
        if (!options.isSubmission()) {
            throw new IllegalArgumentException("Only a submission copy has a size to predict");
        }
        return submissions.predict(gather(caseId, options, vault.clock().instant()), options);
    }

    /**
     * Writes the dossier of a case.
     *
     * @throws DomainException       when the output path cannot be used (one sentence for the user)
     * @throws CancellationException when {@code progress} asked to stop; no file is left
     */
    public ExportResult export(long caseId, ExportOptions options, Progress progress) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Path out = OutputFile.check(options.out(), "dossier.pdf");
        Instant now = vault.clock().instant();
        List<Evidence> items = vault.read(h -> evidence.listByCase(h, caseId, false));
        // each picture's text read once: the lines of those read already go on their pages, the others are read now
        List<Evidence> readable = items.stream().filter(e -> RecognitionService.READABLE.contains(e.mediaType()))
                .toList();
        Map<Long, List<RecognisedLine>> texts = recognition.textsOf(readable.stream().map(Evidence::id).toList());
        List<Evidence> unread = readable.stream().filter(e -> !texts.containsKey(e.id())).toList();
        int reading = unread.size();
        List<Reason> notes = readText(unread, progress, reading + items.size() + 1L);
        List<String> withoutText = unread.stream().filter(e -> !recognition.isRead(e.id())).map(Evidence::exhibit)
                .toList();
        DossierInput input = withText(gather(caseId, options, now), texts);
        if (mail != null) {
            input = mail.addTo(input, caseId);
        }
        DossierOptions dossierOptions = new DossierOptions(options.language() == ExportOptions.Language.ZH
                ? Lang.ZH : Lang.EN, options.attachOriginals(), options.includeAuditLog(), options.zone(), now);
        DossierProgress told = new DossierProgress() {
            @Override
            public void update(long done, long total, String item) {
                progress.update(reading + done, reading + total, item);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        if (options.isSubmission()) {
            ExportResult copy = submissions.write(input, dossierOptions, options, out, told);
            return new ExportResult(copy.file(), copy.pages(), copy.manifestSha256(), copy.textLines(), withoutText,
                    withoutText.isEmpty() ? List.of() : notes, copy.submission());
        }
        Path tmp = OutputFile.temporary(out);
        try {
            // made per export: loading the dossier's classes (PDFBox, ImageIO's plugins) is left to the first export
            DossierResult result = new DossierWriter(cpu, dossierWorkers).write(input, dossierOptions, tmp, told);
            if (progress.isCancelled()) {
                throw new DossierCancelledException();
            }
            OutputFile.moveIntoPlace(tmp, out);
            LOG.info("Exported case {} to {} ({} pages, {} text lines, {} image(s) without text)", caseId, out,
                    result.pages(), result.textLines(), withoutText.size());
            return new ExportResult(out, result.pages(), result.manifestSha256(), result.textLines(), withoutText,
                    withoutText.isEmpty() ? List.of() : notes);
        } catch (IOException | RuntimeException e) {
            // a full disk: about the originals' size is needed (their pictures, and their bytes when attached)
            throw OutputFile.failure(out, input.exhibits().stream().mapToLong(x -> x.evidence().size()).sum(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished export {}", tmp, e);
            }
        }
    }

    /**
     * Reads the text of exhibits not read yet, one at a time with progress (the dossier's exhibits follow them in the
     * same count); says why when some cannot be read.
     */
    private List<Reason> readText(List<Evidence> unread, Progress progress, long total) {
        if (unread.isEmpty()) {
            return List.of();
        }
        String names = unread.stream().map(Evidence::exhibit).collect(Collectors.joining(", "));
        if (!vault.isWritable()) {
            return List.of(Reason.of("export.noTextReadOnly", "The text of " + names + " has not been read and the "
                    + "vault is open read-only, so the dossier has no searchable text for them.", names));
        }
        int done = 0;
        boolean failed = false;
        for (Evidence e : unread) {
            if (progress.isCancelled()) {
                throw new DossierCancelledException();
            }
            progress.update(done, total, e.exhibit());
            failed |= !recognition.recognise(e.id());
            done++;
            if (recognition.unavailable().isPresent()) {
                break;
            }
        }
        progress.update(done, total, "");
        Optional<Reason> off = recognition.unavailable();
        if (off.isPresent()) {
            String why = off.get().english().replaceAll("\\.$", "");
            return List.of(Reason.of("export.noTextEngine", "Text recognition is off (" + why + "), so the dossier "
                    + "has no searchable text for the screenshots it had not read before.", off.get()));
        }
        return failed ? List.of(Reason.of("export.noTextFailed", "The text of some screenshots could not be read, "
                + "so the dossier has no searchable text for them.")) : List.of();
    }

    /**
     * The input with each image's recognised lines outside its redactions, for the pages' invisible text: those in
     * {@code read} (read before), the others read now. The pages filter them by the redactions once more.
     */
    private DossierInput withText(DossierInput in, Map<Long, List<RecognisedLine>> read) {
        Map<Long, List<RecognisedLine>> now = recognition.textsOf(in.exhibits().stream().map(ExhibitInput::evidence)
                .filter(e -> e.isImage() && !read.containsKey(e.id())).map(Evidence::id).toList());
        List<ExhibitInput> exhibits = in.exhibits().stream().map(x -> !x.evidence().isImage() ? x
                : x.withLines(read.getOrDefault(x.evidence().id(), now.getOrDefault(x.evidence().id(), List.of()))))
                .toList();
        return new DossierInput(in.caseInfo(), in.transactions(), exhibits, in.followUps(), in.statusChanges(),
                in.timeline(), in.auditLog(), in.blobs());
    }

    /** Prints e-mail exhibits as readable pages and adds the correspondence section. */
    void printMail(MailDossier pages) {
        this.mail = Objects.requireNonNull(pages);
    }

    private DossierInput gather(long caseId, ExportOptions options, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, options.zone());
        return vault.read(h -> {
            Case c = cases.find(h, caseId);
            var txs = transactions.listByCase(h, caseId, false);
            List<Evidence> items = evidence.listByCase(h, caseId, false);
            var fus = followUps.listByCase(h, caseId, false);
            var changes = statusChanges.listByCase(h, caseId);
            // the chronology places a screenshot at the payment it shows, once the user accepted that time
            Map<Long, EventTime> shown = vault.repositories().suggestions().eventTimesOfCase(h, caseId);
            List<Long> ids = items.stream().map(Evidence::id).toList();
            Map<Long, List<Redaction>> boxes = details.redactions(h, ids);
            Map<Long, EvidenceLinks> links = details.links(h, ids);
            List<ExhibitInput> exhibits = new ArrayList<>(items.size());
            for (Evidence e : items) {
                exhibits.add(new ExhibitInput(e, boxes.getOrDefault(e.id(), List.of()), links.getOrDefault(e.id(),
                        EvidenceLinks.NONE), List.of(), shown.get(e.id())));
            }
            var timeline = Timeline.build(c, txs, items, fus, changes, shown, options.zone(), today);
            List<AuditEntry> auditEntries = options.includeAuditLog() ? audit.forCase(h, caseId) : List.of();
            return new DossierInput(c, txs, exhibits, fus, changes, timeline, auditEntries, vault.blobs());
        });
    }
}
