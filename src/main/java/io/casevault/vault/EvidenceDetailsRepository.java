package io.casevault.vault;

import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;
import org.jdbi.v3.core.Handle;

import java.util.List;

/** Tags, links and redaction boxes of evidence rows. */
public final class EvidenceDetailsRepository {

    public void replaceTags(Handle h, long evidenceId, List<String> tags) {
        h.execute("DELETE FROM evidence_tags WHERE evidence_id = ?", evidenceId);
        for (String tag : tags) {
            h.execute("INSERT OR IGNORE INTO evidence_tags (evidence_id, tag) VALUES (?, ?)", evidenceId, tag);
        }
    }

    public List<Redaction> redactions(Handle h, long evidenceId) {
        return h.createQuery("SELECT x, y, w, h FROM redactions WHERE evidence_id = :e ORDER BY id")
                .bind("e", evidenceId)
                .map((rs, ctx) -> new Redaction(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
    }

    public void replaceRedactions(Handle h, long evidenceId, List<Redaction> boxes) {
        h.execute("DELETE FROM redactions WHERE evidence_id = ?", evidenceId);
        for (Redaction r : boxes) {
            h.execute("INSERT INTO redactions (evidence_id, x, y, w, h) VALUES (?, ?, ?, ?, ?)", evidenceId, r.x(),
                    r.y(), r.width(), r.height());
        }
    }

    public EvidenceLinks links(Handle h, long evidenceId) {
        List<Long> tx = h.createQuery("SELECT transaction_id FROM evidence_links WHERE evidence_id = :e"
                + " AND transaction_id IS NOT NULL ORDER BY transaction_id").bind("e", evidenceId).mapTo(Long.class)
                        .list();
        List<Long> fu = h.createQuery("SELECT followup_id FROM evidence_links WHERE evidence_id = :e"
                + " AND followup_id IS NOT NULL ORDER BY followup_id").bind("e", evidenceId).mapTo(Long.class).list();
        return new EvidenceLinks(tx, fu);
    }

    public void replaceLinks(Handle h, long evidenceId, EvidenceLinks links) {
        h.execute("DELETE FROM evidence_links WHERE evidence_id = ?", evidenceId);
        for (long t : links.transactionIds()) {
            h.execute("INSERT INTO evidence_links (evidence_id, transaction_id) VALUES (?, ?)", evidenceId, t);
        }
        for (long f : links.followUpIds()) {
            h.execute("INSERT INTO evidence_links (evidence_id, followup_id) VALUES (?, ?)", evidenceId, f);
        }
    }

    public void linkFollowUp(Handle h, long evidenceId, long followUpId) {
        h.execute("INSERT OR IGNORE INTO evidence_links (evidence_id, followup_id) VALUES (?, ?)", evidenceId,
                followUpId);
    }

    /** Evidence ids linked to a follow-up. */
    public List<Long> evidenceOfFollowUp(Handle h, long followUpId) {
        return h.createQuery("SELECT evidence_id FROM evidence_links WHERE followup_id = :f ORDER BY evidence_id")
                .bind("f", followUpId).mapTo(Long.class).list();
    }

    /** Evidence ids linked to a transaction. */
    public List<Long> evidenceOfTransaction(Handle h, long transactionId) {
        return h.createQuery("SELECT evidence_id FROM evidence_links WHERE transaction_id = :t ORDER BY evidence_id")
                .bind("t", transactionId).mapTo(Long.class).list();
    }

    /** How many live exhibits of a case are linked to at least one transaction or follow-up. */
    public int linkedCount(Handle h, long caseId) {
        return h.createQuery("SELECT count(DISTINCT l.evidence_id) FROM evidence_links l JOIN evidence e"
                        + " ON e.id = l.evidence_id WHERE e.case_id = :c AND e.trashed_ms IS NULL")
                .bind("c", caseId).mapTo(Integer.class).one();
    }
}
