package io.casevault.app;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.Case;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
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
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.StatusChangeRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.CancellationException;

/**
 * Exports a case as its evidence dossier. Gathers everything in one read, writes the PDF to a temporary file beside
 * the target and moves it into place only when complete: a cancelled or failed export leaves no file behind. Safe to
 * call from a background task; {@link Progress#isCancelled()} is checked between exhibits.
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

    private final Executor cpu;
    private final int dossierWorkers;
    /** The case's e-mail pages and correspondence; none until the session sets it. */
    private MailDossier mail;

    /** @param cpu where the dossier prepares {@code dossierWorkers} exhibits at once (the application's CPU executor) */
    public ExportService(Vault vault, CaseService cases, Executor cpu, int dossierWorkers,
                         TransactionRepository transactions, EvidenceRepository evidence,
                         EvidenceDetailsRepository details, FollowUpRepository followUps,
                         StatusChangeRepository statusChanges, AuditLog audit) {
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
        DossierInput input = mail == null ? gather(caseId, options, now) : mail.addTo(gather(caseId, options, now),
                caseId);
        Path tmp = OutputFile.temporary(out);
        try {
            DossierOptions dossierOptions = new DossierOptions(options.language() == ExportOptions.Language.ZH
                    ? Lang.ZH : Lang.EN, options.attachOriginals(), options.includeAuditLog(), options.zone(), now);
            // made per export: loading the dossier's classes (PDFBox, ImageIO's plugins) is left to the first export
            DossierResult result = new DossierWriter(cpu, dossierWorkers).write(input, dossierOptions, tmp, new DossierProgress() {
                @Override
                public void update(long done, long total, String item) {
                    progress.update(done, total, item);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            if (progress.isCancelled()) {
                throw new DossierCancelledException();
            }
            OutputFile.moveIntoPlace(tmp, out);
            LOG.info("Exported case {} to {} ({} pages)", caseId, out, result.pages());
            return new ExportResult(out, result.pages(), result.manifestSha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the dossier " + out + " failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished export {}", tmp, e);
            }
        }
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
            List<ExhibitInput> exhibits = new ArrayList<>(items.size());
            for (Evidence e : items) {
                exhibits.add(new ExhibitInput(e, details.redactions(h, e.id()), details.links(h, e.id())));
            }
            var timeline = Timeline.build(c, txs, items, fus, changes, options.zone(), today);
            List<AuditEntry> auditEntries = options.includeAuditLog() ? audit.forCase(h, caseId) : List.of();
            return new DossierInput(c, txs, exhibits, fus, changes, timeline, auditEntries, vault.blobs());
        });
    }
}
