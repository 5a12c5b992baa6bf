package io.casevault.app.backup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.app.AuditDetail;
import io.casevault.app.NotFoundException;
import io.casevault.app.OutputFile;
import io.casevault.app.Progress;
import io.casevault.domain.AuditEntry;
import io.casevault.domain.Case;
import io.casevault.domain.DomainException;
import io.casevault.domain.Hashes;
import io.casevault.domain.Reason;
import io.casevault.vault.AuditLog;
import io.casevault.vault.CaseRepository;
import io.casevault.vault.CaseTables;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.ImportedHistory;
import io.casevault.vault.RowsRefusedException;
import io.casevault.vault.StagedBlob;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/**
 * Hands one case from vault to vault as a bundle file: its rows ({@link CaseTables}), its originals and its audit
 * entries. Import stages and checks every original before anything is visible, then inserts all rows with new ids,
 * the source's audit entries (kept verbatim as imported history) and a local audit entry in one transaction.
 */
public final class BundleService {
    static final String FORMAT = "casevault-bundle";
    static final int VERSION = 1;
    static final String CASE_JSON = "case.json";
    private static final String BUNDLE_ID = "bundleId";
    private static final Logger LOG = LoggerFactory.getLogger(BundleService.class);

    /** Made on first use: every vault session builds this service, few use it, and the mapper is slow to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Vault vault;
    private final CaseTables tables;
    private final AuditLog audit;
    private final ImportedHistory imported;
    private final CaseRepository cases;

    public BundleService(Vault vault, CaseRepository cases, CaseTables tables, AuditLog audit,
                         ImportedHistory imported) {
        this.cases = Objects.requireNonNull(cases);
        this.vault = Objects.requireNonNull(vault);
        this.tables = Objects.requireNonNull(tables);
        this.audit = Objects.requireNonNull(audit);
        this.imported = Objects.requireNonNull(imported);
    }

    /** The rows, originals and audit entries of one case, as they are at one moment. */
    private record CaseData(Map<String, List<Map<String, Object>>> tables, List<AuditEntry> audit) {
        String title() {
            return String.valueOf(tables.get("cases").get(0).get("title"));
        }

        List<String> blobHashes() {
            Set<String> hashes = new LinkedHashSet<>();
            tables.getOrDefault("evidence", List.of()).forEach(r -> hashes.add(String.valueOf(r.get("sha256"))));
            return List.copyOf(hashes);
        }

        int evidence() {
            return tables.getOrDefault("evidence", List.of()).size();
        }
    }

    public BundleExportResult exportBundle(long caseId, Path requested, Progress progress) {
        Path out = OutputFile.check(requested, "case.cvbundle");
        CaseData data = vault.read(h -> {
            Map<String, List<Map<String, Object>>> rows = tables.read(h, caseId);
            if (rows.get("cases").isEmpty()) {
                throw new NotFoundException("There is no case with id " + caseId + ".");
            }
            return new CaseData(rows, audit.forCase(h, caseId));
        });
        String bundleId = UUID.randomUUID().toString();
        List<String> hashes = data.blobHashes();
        try (ZipArchiveWriter zip = ZipArchiveWriter.create(out)) {
            zip.addDeflated(CASE_JSON, Json.MAPPER.writeValueAsBytes(toJson(data)));
            int done = 0;
            for (String sha : hashes) {
                if (progress.isCancelled()) {
                    throw new CancellationException("bundle export cancelled");
                }
                try {
                    zip.addStored(ArchiveManifest.blobPath(sha), vault.blobs().path(sha));
                } catch (NoSuchFileException e) {
                    throw new DomainException(Reason.of("bundle.originalMissing", "The original " + sha + " of case "
                            + caseId + " is missing from the vault; run verify before handing the case over.", sha,
                            caseId));
                }
                progress.update(++done, hashes.size(), sha);
            }
            zip.finish(FORMAT, VERSION, vault.clock().instant(), Map.of(BUNDLE_ID, bundleId, "sourceCaseId",
                    Long.toString(caseId), "title", data.title(), BackupService.SCHEMA,
                    Integer.toString(Vault.schemaVersion())));
        } catch (IOException | RuntimeException e) {
            throw OutputFile.failure(out, hashes.stream().mapToLong(this::blobSize).sum(), e);
        }
        LOG.info("Exported case {} as bundle {} to {}", caseId, bundleId, out);
        return new BundleExportResult(out, bundleId, data.evidence(), hashes.size(), data.audit().size());
    }

    /**
     * @throws DomainException when the file is no intact bundle (one sentence; the vault is unchanged)
     */
    public BundleImportResult importBundle(Path file, Progress progress) {
        vault.requireWritable();
        List<StagedBlob> staged = new ArrayList<>();
        try (ArchiveSource source = ArchiveSource.open(file, FORMAT)) {
            ArchiveManifest manifest = source.manifest();
            String bundleId = manifest.property(BUNDLE_ID);
            long sourceCaseId = Long.parseLong(manifest.property("sourceCaseId"));
            var before = vault.read(h -> imported.find(h, bundleId));
            if (before.isPresent()) {
                String title = vault.read(h -> cases.find(h, before.get().caseId())).map(Case::title).orElse("");
                return new BundleImportResult(before.get().caseId(), title, true, 0, 0, 0);
            }
            if (Integer.parseInt(manifest.property(BackupService.SCHEMA)) > Vault.schemaVersion()) {
                throw new DomainException(Reason.of("bundle.newer",
                        "The bundle " + file + " was made by a newer CaseVault; update CaseVault to import it.",
                        file));
            }
            CaseData data = parse(source.read(manifest.entry(CASE_JSON)));
            for (String sha : data.blobHashes()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("bundle import cancelled");
                }
                staged.add(stage(source, manifest.entry(ArchiveManifest.blobPath(sha))));
                progress.update(staged.size(), data.blobHashes().size(), sha);
            }
            String fileSha = FileDigest.of(file).sha256();
            return commit(new Origin(bundleId, fileSha, sourceCaseId), data, staged);
        } catch (ArchiveException | IllegalArgumentException e) {
            throw new DomainException(Reason.of("bundle.refused", "The file " + file
                    + " cannot be imported as a case bundle: " + e.getMessage() + "; nothing was changed.", file,
                    e instanceof ArchiveException a ? a.reason() : Reason.plain(String.valueOf(e.getMessage()))));
        } catch (NoSuchFileException e) {
            throw new DomainException(Reason.of("bundle.missing", "There is no bundle at " + file + ".", file));
        } catch (IOException | RuntimeException e) {
            // all or nothing: the staged originals are dropped below
            DiskFullException.throwIfFull(e, vault.dir(), bundleBytes(file), Reason.of("bundle.fullNothing",
                    "nothing was imported from " + file, file));
            throw e instanceof IOException io
                    ? new UncheckedIOException("Importing the bundle " + file + " failed: " + e.getMessage(), io)
                    : (RuntimeException) e;
        } finally {
            staged.forEach(vault.blobs()::discard);
        }
    }

    private long blobSize(String sha) {
        try {
            return Files.size(vault.blobs().path(sha));
        } catch (IOException e) {
            return 0;
        }
    }

    /** About what importing a bundle adds to the vault: its file's size (originals are stored uncompressed in it). */
    private static long bundleBytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private StagedBlob stage(ArchiveSource source, ArchiveManifest.Entry entry) throws IOException {
        StagedBlob blob;
        try (InputStream in = source.open(entry.path())) {
            blob = vault.blobs().stage(in);
        } catch (java.util.zip.ZipException e) {
            throw new ArchiveException(Reason.of("archive.unreadable",
                    entry.path() + " cannot be read back (" + e.getMessage() + ")", entry.path(), e.getMessage()));
        }
        if (!blob.sha256().equals(entry.sha256()) || blob.size() != entry.size()
                || !entry.path().endsWith(blob.sha256())) {
            vault.blobs().discard(blob);
            throw new ArchiveException(Reason.of("archive.mismatch",
                    entry.path() + " does not match the SHA-256 and size its manifest records", entry.path()));
        }
        return blob;
    }

    /** Where a bundle came from: its id, the SHA-256 of the file and the case's id in the source vault. */
    private record Origin(String bundleId, String fileSha, long sourceCaseId) {
    }

    /** Originals and every row and audit entry of the case by the import protocol: all of it, or nothing. */
    private BundleImportResult commit(Origin origin, CaseData data, List<StagedBlob> staged) throws IOException {
        Instant now = vault.clock().instant();
        long fresh = staged.stream().map(StagedBlob::sha256).filter(s -> !vault.blobs().exists(s)).count();
        String history = ImportedHistory.digest(data.audit());
        long caseId;
        try {
            caseId = vault.imports().commit(staged, h -> {
                long id = tables.insert(h, data.tables());
                AuditEntry local = audit.append(h, now, id, "case", id, "imported", AuditDetail.of("bundle",
                                origin.fileSha()).and("bundleId", origin.bundleId()).and("sourceCase", origin.sourceCaseId())
                        .and("history", history).and("historyEntries", (long) data.audit().size()).json());
                imported.record(h, new ImportedHistory.Bundle(origin.bundleId(), origin.fileSha(), id,
                        origin.sourceCaseId(), now, history, data.audit().size(), local.seq()), data.audit());
                return id;
            });
        } catch (RowsRefusedException e) {
            // a row the schema refuses (a missing value, a broken constraint): the bundle is not intact
            throw new IllegalArgumentException("its rows do not fit this vault (" + e.getMessage() + ")");
        }
        LOG.info("Imported bundle {} ({}) as case {}", origin.bundleId(), origin.fileSha(), caseId);
        return new BundleImportResult(caseId, data.title(), false, data.evidence(), (int) fresh, data.audit().size());
    }

    private static Map<String, Object> toJson(CaseData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tables", data.tables());
        m.put("audit", data.audit().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("seq", e.seq());
            x.put("at", e.at().toString());
            x.put("caseId", e.caseId());
            x.put("entity", e.entity());
            x.put("entityId", e.entityId());
            x.put("action", e.action());
            x.put("detail", e.detail());
            x.put("prevHash", e.prevHash());
            x.put("hash", e.hash());
            return x;
        }).toList());
        return m;
    }

    private static CaseData parse(byte[] json) {
        try {
            Map<String, Object> m = Json.MAPPER.readValue(json, new TypeReference<>() {
            });
            Map<String, List<Map<String, Object>>> rows = Json.MAPPER.convertValue(m.get("tables"), new TypeReference<>() {
            });
            List<Map<String, Object>> raw = Json.MAPPER.convertValue(m.get("audit"), new TypeReference<>() {
            });
            if (rows == null || raw == null) {
                throw new IllegalArgumentException("its case data is incomplete");
            }
            List<AuditEntry> entries = new ArrayList<>();
            for (Map<String, Object> x : raw) {
                AuditEntry e = new AuditEntry(((Number) x.get("seq")).longValue(), Instant.parse((String) x.get("at")),
                        asLong(x.get("caseId")), (String) x.get("entity"), asLong(x.get("entityId")),
                        (String) x.get("action"), (String) x.get("detail"), (String) x.get("prevHash"),
                        (String) x.get("hash"));
                if (!e.hashMatches()) {
                    throw new IllegalArgumentException("its audit entry " + e.seq() + " was altered");
                }
                entries.add(e);
            }
            for (Map<String, Object> evidence : rows.getOrDefault("evidence", List.of())) {
                if (!Hashes.isSha256Hex(String.valueOf(evidence.get("sha256")))) {
                    throw new IllegalArgumentException("an evidence row has no valid SHA-256");
                }
            }
            return new CaseData(rows, entries);
        } catch (IOException | ClassCastException | NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("its case data is not readable");
        }
    }

    private static Long asLong(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }
}
