package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code evidence} table. Exhibit numbers are never reused, so a reference to E-3 stays true. */
public final class EvidenceRepository implements TrashableRows<Evidence> {

    public Evidence insert(Db h, NewEvidence e) {
        int exhibit = h.createQuery("SELECT coalesce(max(exhibit_no), 0) + 1 FROM evidence WHERE case_id = :c")
                .bind("c", e.caseId()).mapTo(Integer.class).one();
        long id = Rows.bindAll(h.createUpdate(INSERT), values(e, exhibit)).executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one();
        return find(h, id).orElseThrow();
    }

    private static final String INSERT = """
            INSERT INTO evidence (case_id, sha256, original_name, media_type, size, width, height,
                orientation, captured_ms, capture_source, imported_ms, caption, exhibit_no)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The values of {@link #INSERT} for a row numbered {@code exhibit}, in its columns' order. */
    private static Object[] values(NewEvidence e, int exhibit) {
        return new Object[] {e.caseId(), e.sha256(), e.originalName(), e.mediaType(), e.size(), e.width(), e.height(),
                e.orientation(), Rows.millis(e.capturedAt()), e.captureSource().name(), e.importedAt().toEpochMilli(),
                e.caption() == null ? "" : e.caption(), exhibit};
    }

    @Override
    public Optional<Evidence> find(Db h, long id) {
        return h.createQuery("SELECT * FROM evidence WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs, tags(h, id))).findOne();
    }

    /** The row of this content in this case, trashed or not. */
    public Optional<Evidence> findInCase(Db h, long caseId, String sha256) {
        return h.createQuery("SELECT * FROM evidence WHERE case_id = :c AND sha256 = :s")
                .bind("c", caseId).bind("s", sha256)
                .map((rs, ctx) -> map(rs, tags(h, rs.getLong("id")))).findOne();
    }

    /** The rows of these contents in this case, trashed or not, by content, asked in one query. */
    public Map<String, Evidence> findAllInCase(Db h, long caseId, Collection<String> sha256s) {
        Map<String, Evidence> found = new HashMap<>();
        if (sha256s.isEmpty()) {
            return found;
        }
        h.createQuery("SELECT * FROM evidence WHERE case_id = :c AND sha256 IN (<s>)")
                .bind("c", caseId).bindList("s", List.copyOf(new java.util.LinkedHashSet<>(sha256s)))
                .map((rs, ctx) -> map(rs, tags(h, rs.getLong("id")))).forEach(e -> found.put(e.sha256(), e));
        return found;
    }

    public List<Evidence> listByCase(Db h, long caseId, boolean trashed) {
        Map<Long, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT t.evidence_id, t.tag FROM evidence_tags t JOIN evidence e ON e.id = t.evidence_id"
                        + " WHERE e.case_id = :c ORDER BY t.tag")
                .bind("c", caseId).map((rs, ctx) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return h.createQuery("SELECT * FROM evidence WHERE case_id = :c AND (trashed_ms IS NOT NULL) = :trashed"
                        + " ORDER BY exhibit_no")
                .bind("c", caseId).bind("trashed", trashed)
                .map((rs, ctx) -> map(rs, tags.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    public int count(Db h, long caseId) {
        return h.createQuery("SELECT count(*) FROM evidence WHERE case_id = :c AND trashed_ms IS NULL")
                .bind("c", caseId).mapTo(Integer.class).one();
    }

    /** The originals the evidence of a case uses, each once. */
    public List<String> hashesOfCase(Db h, long caseId) {
        return h.createQuery("SELECT DISTINCT sha256 FROM evidence WHERE case_id = :c").bind("c", caseId)
                .mapTo(String.class).list();
    }

    public boolean isReferenced(Db h, String sha256) {
        return h.createQuery("SELECT count(*) FROM evidence WHERE sha256 = :s").bind("s", sha256)
                .mapTo(Integer.class).one() > 0;
    }

    /** Every (id, exhibit, sha256) of every row, trashed included: the originals the vault must keep. */
    public void forEachBlobReference(Db h, Consumer<BlobReference> consumer) {
        try (var it = h.createQuery("SELECT e.id, e.case_id, e.exhibit_no, e.sha256, e.original_name FROM evidence e"
                        + " ORDER BY e.id")
                .map((rs, ctx) -> new BlobReference(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5))).iterator()) {
            it.forEachRemaining(consumer);
        }
    }

    public void updateCaption(Db h, long id, String caption) {
        h.execute("UPDATE evidence SET caption = ? WHERE id = ?", caption, id);
    }

    @Override
    public void setTrashed(Db h, long id, Instant at) {
        h.execute("UPDATE evidence SET trashed_ms = ? WHERE id = ?", Rows.millis(at), id);
    }

    public void delete(Db h, long id) {
        h.execute("DELETE FROM evidence WHERE id = ?", id);
    }

    private static List<String> tags(Db h, long id) {
        return h.createQuery("SELECT tag FROM evidence_tags WHERE evidence_id = :id ORDER BY tag")
                .bind("id", id).mapTo(String.class).list();
    }

    private static Evidence map(ResultSet rs, List<String> tags) throws SQLException {
        return new Evidence(rs.getLong("id"), rs.getLong("case_id"), rs.getString("sha256"),
                rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size"),
                Rows.integer(rs, "width"), Rows.integer(rs, "height"), rs.getInt("orientation"),
                Rows.instant(rs, "captured_ms"), CaptureSource.valueOf(rs.getString("capture_source")),
                Rows.instant(rs, "imported_ms"), rs.getString("caption"), tags, rs.getInt("exhibit_no"),
                Rows.instant(rs, "trashed_ms"));
    }

    /**
     * Inserts rows of one case in order, like {@link #insert} one after another (the next exhibit numbers, in order),
     * with one prepared statement and one query reading them back.
     */
    public List<Evidence> insertAll(Db h, long caseId, List<NewEvidence> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int first = h.createQuery("SELECT coalesce(max(exhibit_no), 0) + 1 FROM evidence WHERE case_id = :c")
                .bind("c", caseId).mapTo(Integer.class).one();
        int exhibit = first;
        try (RowBatch batch = h.rowBatch(INSERT)) {
            for (NewEvidence e : rows) {
                if (e.caseId() != caseId) {
                    throw new IllegalArgumentException("every row must be of case " + caseId);
                }
                batch.row(values(e, exhibit++));
            }
            batch.execute();
        }
        return h.createQuery("SELECT * FROM evidence WHERE case_id = :c AND exhibit_no >= :first ORDER BY exhibit_no")
                .bind("c", caseId).bind("first", first).map((rs, ctx) -> map(rs, List.of())).list();
    }

    /** One evidence row's claim on an original. */
    public record BlobReference(long evidenceId, long caseId, int exhibitNo, String sha256, String originalName) {
    }
}
