package io.casevault.vault;

import io.casevault.domain.RecognisedLine;
import io.casevault.domain.RecognisedText;

import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tables of migration V6: the text recognised in image exhibits ({@code evidence_text},
 * {@code evidence_text_lines}) and the queue of exhibits waiting to be read ({@code recognition_queue}). Every
 * method runs on the caller's handle; {@link #store} belongs in a transaction, so the text and the queue change
 * together.
 */
public final class RecognitionRepository {
    /** An exhibit that failed this many times is left alone until it is queued again by hand. */
    public static final int MAX_ATTEMPTS = 3;

    /** A queued exhibit: its id, how often reading it failed, and the last failure's sentence. */
    public record Queued(long evidenceId, int attempts, String lastError) {
    }

    /** Queues an exhibit to be read (again); one already waiting keeps its place and starts its attempts afresh. */
    public void enqueue(Db h, long evidenceId, Instant now) {
        h.execute("INSERT INTO recognition_queue (evidence_id, queued_ms) VALUES (?, ?) ON CONFLICT (evidence_id) "
                + "DO UPDATE SET attempts = 0, last_error = NULL", evidenceId, now.toEpochMilli());
    }

    /**
     * Queues every exhibit of the given media types that has no text and is not waiting yet: after an upgrade, a
     * bundle or backup from elsewhere, or {@link #discardAll}.
     *
     * @return how many were queued
     */
    public int enqueueMissing(Db h, Collection<String> mediaTypes, Instant now) {
        if (mediaTypes.isEmpty()) {
            return 0;
        }
        return h.createUpdate("INSERT INTO recognition_queue (evidence_id, queued_ms) SELECT e.id, :now FROM evidence e"
                        + " WHERE e.media_type IN (<types>) AND e.id NOT IN (SELECT evidence_id FROM evidence_text)"
                        + " AND e.id NOT IN (SELECT evidence_id FROM recognition_queue) ORDER BY e.id")
                .bind("now", now.toEpochMilli()).bindList("types", List.copyOf(mediaTypes)).execute();
    }

    /**
     * The next exhibits to read, oldest first, skipping trashed ones and those that failed {@link #MAX_ATTEMPTS}
     * times.
     */
    public List<Queued> next(Db h, int limit) {
        return h.createQuery("SELECT q.evidence_id, q.attempts, q.last_error FROM recognition_queue q"
                        + " JOIN evidence e ON e.id = q.evidence_id WHERE e.trashed_ms IS NULL AND q.attempts < :max"
                        + " ORDER BY q.queued_ms, q.evidence_id LIMIT :limit")
                .bind("max", MAX_ATTEMPTS).bind("limit", limit)
                .map((rs, ctx) -> new Queued(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    /** How many exhibits are still to be read (for progress). */
    public int pending(Db h) {
        return h.createQuery("SELECT count(*) FROM recognition_queue q JOIN evidence e ON e.id = q.evidence_id"
                + " WHERE e.trashed_ms IS NULL AND q.attempts < :max").bind("max", MAX_ATTEMPTS)
                .mapTo(Integer.class).one();
    }

    /** Records a failed attempt; the exhibit stays queued until it has failed {@link #MAX_ATTEMPTS} times. */
    public void failed(Db h, long evidenceId, String error) {
        h.execute("UPDATE recognition_queue SET attempts = attempts + 1, last_error = ? WHERE evidence_id = ?", error,
                evidenceId);
    }

    /**
     * Stores an exhibit's text, replacing any earlier reading, and takes it off the queue.
     *
     * @return false, storing nothing, when the exhibit was removed while it was being read
     */
    public boolean store(Db h, long evidenceId, RecognisedText text, Instant now) {
        boolean exists = h.createQuery("SELECT count(*) FROM evidence WHERE id = :e").bind("e", evidenceId)
                .mapTo(Integer.class).one() > 0;
        h.execute("DELETE FROM recognition_queue WHERE evidence_id = ?", evidenceId);
        if (!exists) {
            return false;
        }
        h.execute("DELETE FROM evidence_text WHERE evidence_id = ?", evidenceId);
        h.execute("INSERT INTO evidence_text (evidence_id, engine, model_version, recognised_ms) VALUES (?, ?, ?, ?)",
                evidenceId, text.engine(), text.modelVersion(), now.toEpochMilli());
        int lineNo = 0;
        for (RecognisedLine l : text.lines()) {
            h.execute("INSERT INTO evidence_text_lines (evidence_id, line_no, text, confidence, x, y, w, h)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", evidenceId, lineNo++, l.text(), l.confidence(), l.x(), l.y(),
                    l.w(), l.h());
        }
        return true;
    }

    /** The exhibit's stored text, all lines included (drop those under redactions before showing them). */
    public Optional<RecognisedText> text(Db h, long evidenceId) {
        Optional<String[]> versions = h.createQuery("SELECT engine, model_version FROM evidence_text"
                        + " WHERE evidence_id = :e").bind("e", evidenceId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
        return versions.map(v -> new RecognisedText(h.createQuery("SELECT text, confidence, x, y, w, h"
                        + " FROM evidence_text_lines WHERE evidence_id = :e ORDER BY line_no").bind("e", evidenceId)
                .map((rs, ctx) -> new RecognisedLine(rs.getString(1), rs.getDouble(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6))).list(), v[0], v[1]));
    }

    /**
     * The recognised text of each of these exhibits that has been read, by exhibit id, in two queries (a dossier's
     * exhibits at once); the same as {@link #text} of each.
     */
    public Map<Long, RecognisedText> texts(Db h, Collection<Long> evidenceIds) {
        String ids = idArray(evidenceIds);
        Map<Long, String[]> versions = new HashMap<>();
        h.createQuery("SELECT evidence_id, engine, model_version FROM evidence_text"
                        + " WHERE evidence_id IN (SELECT value FROM json_each(:ids))").bind("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
                .forEach(e -> versions.put(e.getKey(), e.getValue()));
        Map<Long, List<RecognisedLine>> lines = new HashMap<>();
        h.createQuery("SELECT evidence_id, text, confidence, x, y, w, h FROM evidence_text_lines"
                        + " WHERE evidence_id IN (SELECT value FROM json_each(:ids)) ORDER BY evidence_id, line_no")
                .bind("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new RecognisedLine(rs.getString(2), rs.getDouble(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))))
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, RecognisedText> texts = new HashMap<>();
        versions.forEach((id, v) -> texts.put(id, new RecognisedText(lines.getOrDefault(id, List.of()), v[0], v[1])));
        return texts;
    }

    /** Exhibit ids as the JSON array that SQLite's {@code json_each} takes. */
    static String idArray(Collection<Long> evidenceIds) {
        return evidenceIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * An exhibit whose recognised text holds every word searched for.
     *
     * @param redacted whether it has redaction boxes (the words were found on lines outside them)
     */
    public record Found(long evidenceId, long caseId, boolean redacted) {
    }

    /**
     * The live exhibits of live cases whose recognised lines outside their redaction boxes hold every word of
     * {@code text}, ignoring case, each word on any line; by id. Words go through the indexes of migration V9 as
     * {@link SearchWords} sorts them; a word too short for them is looked for in the lines of what the others found,
     * or of every exhibit when there is no other.
     */
    public List<Found> withEveryWord(Db h, String text) {
        SearchWords words = SearchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return bind(h.createQuery(found(words) + " ORDER BY e.id"), words)
                .map((rs, ctx) -> new Found(rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).list();
    }

    /**
     * Per case, how many of its live exhibits hold every word of {@code text} outside their redaction boxes, counted
     * in the database: a broad word finds thousands of exhibits.
     */
    public Map<Long, Integer> countWithEveryWord(Db h, String text) {
        SearchWords words = SearchWords.of(text);
        if (words.isEmpty()) {
            return Map.of();
        }
        // the case of every exhibit found as one string: a GROUP BY would sort them all first
        return SearchWords.countEach(bind(h.createQuery("SELECT group_concat(case_id) FROM (" + found(words) + ")"),
                words).mapTo(String.class).findOne().orElse(null));
    }

    /**
     * The query of the live exhibits of live cases that hold every word (each on any line) outside their redaction
     * boxes: id, case_id, boxed (whether it has boxes). It starts from the lines the indexes find, one subquery per
     * word, so a broad word reads no exhibit it does not find; only a found line of an exhibit with boxes is read, to
     * see whether a box covers it.
     */
    private static String found(SearchWords words) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < words.trigram().size(); i++) {
            ids.add("SELECT DISTINCT rowid >> 20 AS id FROM evidence_text_search WHERE evidence_text_search MATCH :t"
                    + i + shown("evidence_text_search.rowid"));
        }
        for (int i = 0; i < words.paired().size(); i++) {
            ids.add("SELECT DISTINCT line_key >> 20 AS id FROM evidence_text_search_bigrams WHERE gram = :p" + i
                    + shown("evidence_text_search_bigrams.line_key"));
        }
        // the trashed cases and the exhibits with boxes are few: each a set looked up in memory, not a row per exhibit
        StringBuilder sql = new StringBuilder("SELECT e.id AS id, e.case_id AS case_id,"
                + " e.id IN (SELECT evidence_id FROM redactions) AS boxed FROM ")
                .append(ids.isEmpty() ? "evidence e" : "(" + String.join(" INTERSECT ", ids) + ") m"
                        + " JOIN evidence e ON e.id = m.id")
                .append(" WHERE e.trashed_ms IS NULL AND e.case_id NOT IN (SELECT id FROM cases WHERE trashed_ms IS NOT"
                        + " NULL)");
        for (int i = 0; i < words.scanned().size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM evidence_text_lines l WHERE l.evidence_id = e.id")
                    .append(" AND instr(lower(l.text), :w").append(i).append(") > 0 AND NOT EXISTS (")
                    .append(BOX_OVER_LINE).append("))");
        }
        return sql.toString();
    }

    /**
     * The text of every live exhibit of a live case that {@link #countWithEveryWord} could find, for a search in memory
     * ({@link SearchTexts}): an exhibit's lines that no redaction box overlaps, each a part, so what a box covers is
     * never held. The same exhibits and lines as the indexes find.
     */
    public SearchTexts shownTexts(Db h) {
        SearchTexts.Builder texts = new SearchTexts.Builder();
        List<String> lines = new ArrayList<>();
        long[] current = {-1, -1}; // exhibit, case
        h.createQuery("SELECT l.evidence_id, e.case_id, l.text FROM evidence_text_lines l"
                        + " JOIN evidence e ON e.id = l.evidence_id JOIN cases c ON c.id = e.case_id"
                        + " WHERE e.trashed_ms IS NULL AND c.trashed_ms IS NULL AND NOT EXISTS (" + BOX_OVER_LINE + ")"
                        + " ORDER BY l.evidence_id, l.line_no")
                .scanResultSet((supplier, ctx) -> {
                    java.sql.ResultSet rs = supplier.get();
                    while (rs.next()) {
                        long exhibit = rs.getLong(1);
                        if (exhibit != current[0]) {
                            if (current[0] >= 0) {
                                texts.add(current[1], lines);
                            }
                            lines.clear();
                            current[0] = exhibit;
                            current[1] = rs.getLong(2);
                        }
                        lines.add(rs.getString(3));
                    }
                    return null;
                });
        if (current[0] >= 0) {
            texts.add(current[1], lines);
        }
        return texts.build();
    }

    /** A redaction box of line {@code l}'s exhibit that overlaps it. */
    private static final String BOX_OVER_LINE = "SELECT 1 FROM redactions r WHERE r.evidence_id = l.evidence_id"
            + " AND l.x < r.x + r.w AND r.x < l.x + l.w AND l.y < r.y + r.h AND r.y < l.y + l.h";

    /**
     * The condition that the line with this key (evidence_id × 2^20 + line_no; a qualified column, since the lines
     * table has a rowid of its own) is outside its exhibit's boxes.
     */
    private static String shown(String key) {
        return " AND (" + key + " >> 20 NOT IN (SELECT evidence_id FROM redactions)"
                + " OR EXISTS (SELECT 1 FROM evidence_text_lines l WHERE l.evidence_id = " + key + " >> 20"
                + " AND l.line_no = (" + key + " & 1048575) AND NOT EXISTS (" + BOX_OVER_LINE + ")))";
    }

    private static Query bind(Query query, SearchWords words) {
        for (int i = 0; i < words.trigram().size(); i++) {
            query.bind("t" + i, SearchWords.phrase(words.trigram().get(i)));
        }
        for (int i = 0; i < words.paired().size(); i++) {
            query.bind("p" + i, words.paired().get(i));
        }
        for (int i = 0; i < words.scanned().size(); i++) {
            query.bind("w" + i, words.scanned().get(i).toLowerCase(Locale.ROOT));
        }
        return query;
    }

    /** Throws all recognised text away (to read everything again, say with a newer model); the queue is kept. */
    public int discardAll(Db h) {
        return h.execute("DELETE FROM evidence_text");
    }
}
