package io.casevault.vault;

import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tags, links and redaction boxes of evidence rows. */
public final class EvidenceDetailsRepository {

    /** The case of a transaction evidence may be linked to; empty when there is no such transaction. */
    public Optional<Long> caseOfTransaction(Db h, long transactionId) {
        return h.createQuery("SELECT case_id FROM transactions WHERE id = :t").bind("t", transactionId)
                .mapTo(Long.class).findOne();
    }

    /** The case of a follow-up evidence may be linked to; empty when there is no such follow-up. */
    public Optional<Long> caseOfFollowUp(Db h, long followUpId) {
        return h.createQuery("SELECT case_id FROM followups WHERE id = :f").bind("f", followUpId)
                .mapTo(Long.class).findOne();
    }

    public void replaceTags(Db h, long evidenceId, List<String> tags) {
        h.execute("DELETE FROM evidence_tags WHERE evidence_id = ?", evidenceId);
        for (String tag : tags) {
            h.execute("INSERT OR IGNORE INTO evidence_tags (evidence_id, tag) VALUES (?, ?)", evidenceId, tag);
        }
    }

    public List<Redaction> redactions(Db h, long evidenceId) {
        return h.createQuery("SELECT x, y, w, h FROM redactions WHERE evidence_id = :e ORDER BY id")
                .bind("e", evidenceId)
                .map((rs, ctx) -> new Redaction(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
    }

    /** The boxes of each of these exhibits that has any, by exhibit id, in one query (a case's whole grid). */
    public Map<Long, List<Redaction>> redactions(Db h, Collection<Long> evidenceIds) {
        Map<Long, List<Redaction>> boxes = new HashMap<>();
        h.createQuery("SELECT evidence_id, x, y, w, h FROM redactions"
                        + " WHERE evidence_id IN (SELECT value FROM json_each(:ids)) ORDER BY id")
                .bind("ids", RecognitionRepository.idArray(evidenceIds))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new Redaction(rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5))))
                .forEach(e -> boxes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return boxes;
    }

    public void replaceRedactions(Db h, long evidenceId, List<Redaction> boxes) {
        h.execute("DELETE FROM redactions WHERE evidence_id = ?", evidenceId);
        for (Redaction r : boxes) {
            h.execute("INSERT INTO redactions (evidence_id, x, y, w, h) VALUES (?, ?, ?, ?, ?)", evidenceId, r.x(),
                    r.y(), r.width(), r.height());
        }
    }

    public EvidenceLinks links(Db h, long evidenceId) {
        List<Long> tx = h.createQuery("SELECT transaction_id FROM evidence_links WHERE evidence_id = :e"
                + " AND transaction_id IS NOT NULL ORDER BY transaction_id").bind("e", evidenceId).mapTo(Long.class)
                        .list();
        List<Long> fu = h.createQuery("SELECT followup_id FROM evidence_links WHERE evidence_id = :e"
                + " AND followup_id IS NOT NULL ORDER BY followup_id").bind("e", evidenceId).mapTo(Long.class).list();
        return new EvidenceLinks(tx, fu);
    }

    /**
     * The links of each of these exhibits that has any, by exhibit id, in two queries (a dossier's exhibits at once);
     * the same as {@link #links(Db, long)} of each.
     */
    public Map<Long, EvidenceLinks> links(Db h, Collection<Long> evidenceIds) {
        String ids = RecognitionRepository.idArray(evidenceIds);
        Map<Long, List<Long>> tx = linked(h, "transaction_id", ids);
        Map<Long, List<Long>> fu = linked(h, "followup_id", ids);
        Map<Long, EvidenceLinks> links = new HashMap<>();
        for (Long id : union(tx.keySet(), fu.keySet())) {
            links.put(id, new EvidenceLinks(tx.getOrDefault(id, List.of()), fu.getOrDefault(id, List.of())));
        }
        return links;
    }

    /** The ids in {@code column} linked to each exhibit of {@code ids} (a JSON array), in their order. */
    private static Map<Long, List<Long>> linked(Db h, String column, String ids) {
        Map<Long, List<Long>> linked = new HashMap<>();
        h.createQuery("SELECT evidence_id, " + column + " FROM evidence_links WHERE evidence_id IN"
                        + " (SELECT value FROM json_each(:ids)) AND " + column + " IS NOT NULL ORDER BY " + column)
                .bind("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> linked.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return linked;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    public void replaceLinks(Db h, long evidenceId, EvidenceLinks links) {
        h.execute("DELETE FROM evidence_links WHERE evidence_id = ?", evidenceId);
        for (long t : links.transactionIds()) {
            h.execute("INSERT INTO evidence_links (evidence_id, transaction_id) VALUES (?, ?)", evidenceId, t);
        }
        for (long f : links.followUpIds()) {
            h.execute("INSERT INTO evidence_links (evidence_id, followup_id) VALUES (?, ?)", evidenceId, f);
        }
    }

    /** Links each pair {evidence id, follow-up id}, like {@link #linkFollowUp}, with one prepared statement. */
    public void linkFollowUps(Db h, List<long[]> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        try (RowBatch batch = h.rowBatch(
                "INSERT OR IGNORE INTO evidence_links (evidence_id, followup_id) VALUES (?, ?)")) {
            pairs.forEach(p -> batch.row(p[0], p[1]));
            batch.execute();
        }
    }

    public void linkFollowUp(Db h, long evidenceId, long followUpId) {
        h.execute("INSERT OR IGNORE INTO evidence_links (evidence_id, followup_id) VALUES (?, ?)", evidenceId,
                followUpId);
    }

    /** Evidence ids linked to a follow-up. */
    public List<Long> evidenceOfFollowUp(Db h, long followUpId) {
        return h.createQuery("SELECT evidence_id FROM evidence_links WHERE followup_id = :f ORDER BY evidence_id")
                .bind("f", followUpId).mapTo(Long.class).list();
    }

    /** Evidence ids linked to a transaction. */
    public List<Long> evidenceOfTransaction(Db h, long transactionId) {
        return h.createQuery("SELECT evidence_id FROM evidence_links WHERE transaction_id = :t ORDER BY evidence_id")
                .bind("t", transactionId).mapTo(Long.class).list();
    }

    /** How many live exhibits of a case are linked to at least one transaction or follow-up. */
    public int linkedCount(Db h, long caseId) {
        return h.createQuery("SELECT count(DISTINCT l.evidence_id) FROM evidence_links l JOIN evidence e"
                        + " ON e.id = l.evidence_id WHERE e.case_id = :c AND e.trashed_ms IS NULL")
                .bind("c", caseId).mapTo(Integer.class).one();
    }

    /** How many live transactions of a case a live picture (a screenshot or photo) linked to them proves. */
    public int provenTransactionCount(Db h, long caseId) {
        return h.createQuery("SELECT count(DISTINCT l.transaction_id) FROM evidence_links l"
                        + " JOIN evidence e ON e.id = l.evidence_id JOIN transactions t ON t.id = l.transaction_id"
                        + " WHERE t.case_id = :c AND e.trashed_ms IS NULL AND t.trashed_ms IS NULL"
                        + " AND e.media_type LIKE 'image/%'")
                .bind("c", caseId).mapTo(Integer.class).one();
    }
}
