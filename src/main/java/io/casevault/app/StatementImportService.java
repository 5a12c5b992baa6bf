package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.ParsedStatement;
import io.casevault.domain.Reason;
import io.casevault.domain.RowProblem;
import io.casevault.domain.StatementFormat;
import io.casevault.importer.StatementParser;
import io.casevault.domain.StatementRow;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.ImportMappingRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Wallet statements into a case: {@link #preview} reads a file and marks bad and already-present rows; {@link #run}
 * adds the file as evidence (an exhibit already there is reused) and then inserts the chosen rows, each with the
 * file's SHA-256 and its line and an audit entry, in one vault transaction: all rows or none.
 */
public final class StatementImportService {
    private volatile java.util.function.LongConsumer changed = caseId -> { };
    private static final Logger LOG = LoggerFactory.getLogger(StatementImportService.class);
    /** About what one imported row takes in the database, with its audit entry and indexes. */
    private static final long ROW_BYTES = 1024;

    private final Vault vault;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final StatementParser parser = new StatementParser();
    private final TransactionRepository transactions;
    private final ImportMappingRepository mappings;
    private final AuditLog audit;

    public StatementImportService(Vault vault, CaseService cases, EvidenceService evidence,
                                  TransactionRepository transactions, ImportMappingRepository mappings,
                                  AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.evidence = Objects.requireNonNull(evidence);
        this.transactions = Objects.requireNonNull(transactions);
        this.mappings = Objects.requireNonNull(mappings);
        this.audit = Objects.requireNonNull(audit);
    }

    /** Reads the statement without changing the vault: what a dialog shows before the user imports. */
    public ImportPreview preview(long caseId, Path file, StatementFormat format, ColumnMapping mapping) {
        Read read = read(file, format, mapping);
        CaseRows known = vault.read(h -> new CaseRows(cases.find(h, caseId), new DuplicateIndex(allOf(h, caseId))));
        List<ImportPreview.Row> rows = new ArrayList<>(read.statement.rows().size());
        for (StatementRow r : read.statement.rows()) {
            rows.add(new ImportPreview.Row(r, known.existing().contains(r)));
        }
        Case c = known.theCase();
        return new ImportPreview(read.name, read.statement, read.mapping, rows, c.incident(), c.amount());
    }

    /** The mapping remembered for this file's header, if the file is a CSV in no known layout. */
    public Optional<ColumnMapping> rememberedMapping(Path file, java.time.ZoneId zone) {
        byte[] bytes = bytes(file);
        return parser.genericHeader(bytes).flatMap(header -> vault.read(h -> mappings.find(h,
                ColumnMapping.layoutKey(header)))).map(spec -> ColumnMapping.parse(spec, null, zone, null));
    }

    /** The columns of a file in no known layout, for choosing a mapping. */
    public List<String> columns(Path file) {
        return parser.genericHeader(bytes(file)).orElse(List.of());
    }

    /** Whom to tell, with the case id, after rows were imported (suggestions are proposed anew). */
    void onChange(java.util.function.LongConsumer listener) {
        this.changed = Objects.requireNonNull(listener);
    }

    public ImportResult run(ImportRequest request, Progress progress) {
        Objects.requireNonNull(request);
        vault.requireWritable();
        Read read = read(request.file(), request.format(), request.mapping());
        ParsedStatement s = read.statement;
        if (s.hasProblems() && !request.skipBadRows()) {
            String summary = s.problemSummary(read.name);
            throw new DomainException(Reason.of("import.nothingImported",
                    summary.substring(0, summary.length() - 1) + ", so nothing was imported.", read.name,
                    s.problems().size()));
        }
        vault.read(h -> cases.requireActive(h, request.caseId()));
        AddOutcome outcome;
        try {
            // the bytes that were parsed are the bytes kept: the file may change on disk meanwhile
            outcome = evidence.addBytes(request.caseId(), read.bytes, read.name, "", read.modified);
        } catch (RuntimeException e) {
            DiskFullException.throwIfFull(e, vault.dir(), read.bytes.length + ROW_BYTES * s.rows().size(),
                    Reason.of("import.fullBeforeExhibit", "nothing was imported from " + read.name, read.name));
            throw e;
        }
        if (outcome instanceof AddOutcome.Rejected r) {
            throw new DomainException(Reason.of("import.notKept",
                    "The file " + read.name + " could not be kept as evidence: " + r.reason().english(), read.name,
                    r.reason()));
        }
        Evidence exhibit = outcome instanceof AddOutcome.Added a ? a.evidence()
                : ((AddOutcome.AlreadyPresent) outcome).evidence();
        Instant now = vault.clock().instant();
        int[] counts;
        try {
            counts = vault.transaction(h -> insertRows(h, request, read, exhibit, now, progress));
        } catch (RuntimeException e) {
            DiskFullException.throwIfFull(e, vault.dir(), ROW_BYTES * s.rows().size(), Reason.of(
                    "import.fullBeforeRows", read.name + " is kept as exhibit " + exhibit.exhibit()
                    + " but none of its " + s.rows().size() + " rows were imported", read.name, exhibit.exhibit(),
                    s.rows().size()));
            throw e;
        }
        LOG.info("Imported {} of {} chosen of {} rows from {} ({}), {} duplicates skipped", counts[0], counts[2],
                s.rows().size(), read.name, s.layout(), counts[1]);
        if (counts[0] > 0) {
            changed.accept(request.caseId());
        }
        return new ImportResult(s.format(), s.layout(), exhibit, outcome instanceof AddOutcome.AlreadyPresent,
                s.rows().size(), counts[2], counts[0], counts[1], s.problems());
    }

    private int[] insertRows(Db h, ImportRequest request, Read read, Evidence exhibit,
                             Instant now, Progress progress) {
        long caseId = request.caseId();
        cases.requireActive(h, caseId);
        DuplicateIndex existing = new DuplicateIndex(allOf(h, caseId));
        int imported = 0;
        int skipped = 0;
        int chosen = 0;
        List<StatementRow> rows = read.statement.rows();
        for (int i = 0; i < rows.size(); i++) {
            StatementRow r = rows.get(i);
            if (!request.chooses(r)) {
                continue;
            }
            chosen++;
            if (existing.contains(r)) {
                skipped++;
                continue;
            }
            NewTransaction t = new NewTransaction(caseId, r.at(), r.zone(), r.money(), r.direction(), r.counterparty(),
                    r.txRef(), r.merchantOrderRef(), r.method(), r.status(), r.note(),
                    TransactionSource.imported(read.sha256, r.line()));
            long id = transactions.insert(h, t, now);
            audit.append(h, now, caseId, "transaction", id, "added", AuditDetail.of("at", t.at())
                    .and("amount", t.money().amount().toPlainString()).and("currency", t.money().currency())
                    .and("direction", t.direction()).and("counterparty", t.counterparty()).and("ref", t.txRef())
                    .and("source", t.source().kind()).and("sourceSha256", read.sha256)
                    .and("sourceRow", r.line()).and("exhibit", exhibit.exhibit()).json());
            imported++;
            if (i % 1000 == 999) {
                progress.update(i + 1, rows.size(), read.name);
            }
        }
        audit.append(h, now, caseId, "evidence", exhibit.id(), "statement-imported",
                AuditDetail.of("exhibit", exhibit.exhibit()).and("sha256", read.sha256)
                        .and("format", read.statement.format().id()).and("layout", read.statement.layout())
                        .and("rows", rows.size()).and("chosen", chosen)
                        .and("imported", imported).and("skipped", skipped)
                        .and("badRows", read.statement.problems().size()).json());
        if (read.mapping != null && read.statement.format() == StatementFormat.CSV) {
            mappings.save(h, ColumnMapping.layoutKey(read.statement.header()),
                    String.join(",", read.statement.header()), read.mapping.spec(), now);
        }
        progress.update(rows.size(), rows.size(), read.name);
        return new int[] {imported, skipped, chosen};
    }

    private List<Transaction> allOf(Db h, long caseId) {
        // trashed rows count too: re-importing must not bring back what the user deleted
        List<Transaction> all = new ArrayList<>(transactions.listByCase(h, caseId, false));
        all.addAll(transactions.listByCase(h, caseId, true));
        return all;
    }

    private Read read(Path file, StatementFormat format, ColumnMapping mapping) {
        FileStamp stamp = stamp(file);
        byte[] bytes = bytes(file);
        if (stamp.refusal(file).isPresent() || stamp.size() != bytes.length) {
            throw new DomainException(Reason.of("import.changed", "The file " + file
                    + " changed while it was being read, so nothing was imported; import it again once nothing is "
                    + "writing to it.", file));
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ColumnMapping used = mapping;
        if (used == null && (format == null || format == StatementFormat.CSV)) {
            used = parser.genericHeader(bytes).flatMap(header -> vault.read(h -> mappings.find(h,
                    ColumnMapping.layoutKey(header)))).map(spec -> ColumnMapping.parse(spec, null,
                    java.time.ZoneId.systemDefault(), null)).orElse(null);
        }
        ParsedStatement statement = parser.parse(bytes, name, format, used);
        String sha = Hashes.hex(Hashes.sha256().digest(bytes));
        return new Read(name, sha, bytes, stamp.modified().toInstant(), statement,
                statement.format() == StatementFormat.CSV ? used : null);
    }

    private static FileStamp stamp(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            bytes(file); // says why it cannot be read
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DomainException(Reason.of("import.missing", "The statement " + file + " does not exist.", file));
        } catch (IOException e) {
            throw new DomainException(Reason.of("import.unreadable",
                    "The statement " + file + " could not be read: " + e.getMessage() + ".", file, e.getMessage()));
        }
    }

    private record CaseRows(Case theCase, DuplicateIndex existing) {
    }

    private record Read(String name, String sha256, byte[] bytes, Instant modified, ParsedStatement statement,
                        ColumnMapping mapping) {
    }
}
