package io.casevault.vault;

/**
 * One object per table of an open vault, made once when it opens ({@link Vault#repositories()}); services are handed
 * the ones they use. A repository holds no state of its own: every call takes the {@link Db} of the caller's read or
 * transaction.
 */
public final class Repositories {
    private final CaseRepository cases = new CaseRepository();
    private final StatusChangeRepository statusChanges = new StatusChangeRepository();
    private final CaseClockRepository caseClocks = new CaseClockRepository();
    private final TransactionRepository transactions = new TransactionRepository();
    private final ImportMappingRepository importMappings = new ImportMappingRepository();
    private final EvidenceRepository evidence = new EvidenceRepository();
    private final EvidenceDetailsRepository evidenceDetails = new EvidenceDetailsRepository();
    private final FollowUpRepository followUps = new FollowUpRepository();
    private final AuditLog audit = new AuditLog();
    private final CaseTables caseTables = new CaseTables();
    private final ImportedHistory importedHistory = new ImportedHistory();
    private final BackupLog backups = new BackupLog();
    private final RecognitionRepository recognition = new RecognitionRepository();
    private final MailRepository mail = new MailRepository();
    private final SuggestionRepository suggestions = new SuggestionRepository();

    Repositories() {
    }

    public CaseRepository cases() {
        return cases;
    }

    public StatusChangeRepository statusChanges() {
        return statusChanges;
    }

    public CaseClockRepository caseClocks() {
        return caseClocks;
    }

    public TransactionRepository transactions() {
        return transactions;
    }

    public ImportMappingRepository importMappings() {
        return importMappings;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    /** Tags, links and redactions of evidence. */
    public EvidenceDetailsRepository evidenceDetails() {
        return evidenceDetails;
    }

    public FollowUpRepository followUps() {
        return followUps;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Every row of one case, table by table, as bundles carry them. */
    public CaseTables caseTables() {
        return caseTables;
    }

    /** The audit history that came with imported bundles. */
    public ImportedHistory importedHistory() {
        return importedHistory;
    }

    public BackupLog backups() {
        return backups;
    }

    /** Recognised text of image exhibits and the queue of those still to read (derived data, never evidence). */
    public RecognitionRepository recognition() {
        return recognition;
    }

    /** Follow-ups made from e-mails, and the user's own addresses. */
    public MailRepository mail() {
        return mail;
    }

    /** What CaseVault proposes from the exhibits' text, and the event times accepted from it. */
    public SuggestionRepository suggestions() {
        return suggestions;
    }
}
