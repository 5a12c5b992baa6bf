package io.casevault.vault;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.Hashes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Case bundles imported into this vault and the audit entries they brought, kept verbatim: the source vault's entries
 * cannot join the local chain (their hashes chain to entries of other cases), so they are stored beside it, and the
 * local chain records each import with the {@link #digest} of its entries.
 */
public final class ImportedHistory {

    /** One bundle that was imported. */
    public record Bundle(String bundleId, String sha256, long caseId, long sourceCaseId, Instant importedAt,
                         String historySha256, int entries, long auditSeq) {
    }

    public Optional<Bundle> find(Db h, String bundleId) {
        return h.createQuery("SELECT * FROM imported_bundles WHERE bundle_id = :b").bind("b", bundleId)
                .map((rs, ctx) -> new Bundle(rs.getString("bundle_id"), rs.getString("sha256"), rs.getLong("case_id"),
                        rs.getLong("source_case_id"), Instant.ofEpochMilli(rs.getLong("imported_ms")),
                        rs.getString("history_sha256"), rs.getInt("entries"), rs.getLong("audit_seq")))
                .findOne();
    }

    public List<Bundle> all(Db h) {
        return h.createQuery("SELECT bundle_id FROM imported_bundles ORDER BY imported_ms").mapTo(String.class).list()
                .stream().map(id -> find(h, id).orElseThrow()).toList();
    }

    public void record(Db h, Bundle b, List<AuditEntry> entries) {
        h.execute("INSERT INTO imported_bundles (bundle_id, sha256, case_id, source_case_id, imported_ms,"
                        + " history_sha256, entries, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", b.bundleId(),
                b.sha256(), b.caseId(), b.sourceCaseId(), b.importedAt().toEpochMilli(), b.historySha256(),
                b.entries(), b.auditSeq());
        int position = 0;
        for (AuditEntry e : entries) {
            h.execute("INSERT INTO imported_audit (bundle_id, position, seq, at_ms, case_id, entity, entity_id, action,"
                            + " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", b.bundleId(),
                    position++, e.seq(), e.at().toEpochMilli(), e.caseId(), e.entity(), e.entityId(), e.action(),
                    e.detail(), e.prevHash(), e.hash());
        }
    }

    /** The entries a bundle brought, in their original order. */
    public List<AuditEntry> entries(Db h, String bundleId) {
        return h.createQuery("SELECT * FROM imported_audit WHERE bundle_id = :b ORDER BY position").bind("b", bundleId)
                .map((rs, ctx) -> AuditLog.map(rs)).list();
    }

    /** The SHA-256 over the entries' hashes in order: the import's audit entry records it. */
    public static String digest(List<AuditEntry> entries) {
        MessageDigest d = Hashes.sha256();
        for (AuditEntry e : entries) {
            d.update(e.hash().getBytes(StandardCharsets.US_ASCII));
            d.update((byte) '\n');
        }
        return Hashes.hex(d.digest());
    }
}
