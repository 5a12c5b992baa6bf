package io.casevault.dossier;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.BlobSource;
import io.casevault.domain.Case;
import io.casevault.domain.FollowUp;
import io.casevault.domain.StatusChange;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;

import java.util.List;
import java.util.Objects;

/** Everything a dossier prints, gathered by the application layer; originals are read through {@code blobs}. */
public record DossierInput(Case caseInfo, List<Transaction> transactions, List<ExhibitInput> exhibits,
                           List<FollowUp> followUps, List<StatusChange> statusChanges, List<TimelineEvent> timeline,
                           List<AuditEntry> auditLog, BlobSource blobs, MailSource mail) {

    public DossierInput {
        Objects.requireNonNull(caseInfo, "caseInfo");
        transactions = List.copyOf(transactions);
        exhibits = List.copyOf(exhibits);
        followUps = List.copyOf(followUps);
        statusChanges = List.copyOf(statusChanges);
        timeline = List.copyOf(timeline);
        auditLog = List.copyOf(auditLog);
        Objects.requireNonNull(blobs, "blobs");
        mail = mail == null ? MailSource.NONE : mail;
    }

    /** Without e-mail pages or correspondence. */
    public DossierInput(Case caseInfo, List<Transaction> transactions, List<ExhibitInput> exhibits,
                        List<FollowUp> followUps, List<StatusChange> statusChanges, List<TimelineEvent> timeline,
                        List<AuditEntry> auditLog, BlobSource blobs) {
        this(caseInfo, transactions, exhibits, followUps, statusChanges, timeline, auditLog, blobs, MailSource.NONE);
    }

    /** The same input with the case's e-mail, read through {@code source}. */
    public DossierInput withMail(MailSource source) {
        return new DossierInput(caseInfo, transactions, exhibits, followUps, statusChanges, timeline, auditLog, blobs,
                source);
    }
}
