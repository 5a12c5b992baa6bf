package io.casevault.domain;

import java.time.Instant;

/**
 * One event of the append-only audit log. {@code hash} covers every other field and the previous entry's hash, so an
 * edited or removed entry breaks the chain.
 */
public record AuditEntry(long seq, Instant at, Long caseId, String entity, Long entityId, String action,
                         String detail, String prevHash, String hash) {

    public static final String GENESIS = "0".repeat(64);

    /** The text that is hashed: fields separated by a unit separator that user text cannot smuggle in unescaped. */
    public static String canonical(long seq, Instant at, Long caseId, String entity, Long entityId, String action,
                                   String detail, String prevHash) {
        return String.join("\u001f", Long.toString(seq), at.toString(), String.valueOf(caseId), entity,
                String.valueOf(entityId), action, detail.replace("\u001f", "\\u001f"), prevHash);
    }

    public static String hashOf(long seq, Instant at, Long caseId, String entity, Long entityId, String action,
                                String detail, String prevHash) {
        return Hashes.sha256Hex(canonical(seq, at, caseId, entity, entityId, action, detail, prevHash));
    }

    public boolean hashMatches() {
        return hash.equals(hashOf(seq, at, caseId, entity, entityId, action, detail, prevHash));
    }
}
