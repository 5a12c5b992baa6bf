package io.casevault.vault;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.casevault.domain.ContactDirection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the vault keeps about imported e-mail: on a follow-up made from a message, the message's identity and its
 * thread (columns of {@code followups}); and the user's own addresses ({@code mail_own_addresses}), once per vault.
 */
public final class MailRepository {
    /** Whether a follow-up of the case, trashed or not, was made from the message with this identity. */
    public boolean isImported(Db h, long caseId, String mailKey) {
        return h.createQuery("SELECT count(*) FROM followups WHERE case_id = :c AND mail_key = :k")
                .bind("c", caseId).bind("k", mailKey).mapTo(Integer.class).one() > 0;
    }

    /** The identities of the messages the case's follow-ups, trashed or not, were made from. */
    public java.util.Set<String> importedKeys(Db h, long caseId) {
        return new java.util.HashSet<>(h.createQuery("SELECT mail_key FROM followups WHERE case_id = :c "
                + "AND mail_key IS NOT NULL").bind("c", caseId).mapTo(String.class).list());
    }

    /** Those of {@code mailKeys} the case has a follow-up of, trashed or not: one query for a batch of messages. */
    public java.util.Set<String> importedAmong(Db h, long caseId, Collection<String> mailKeys) {
        return among(h, "SELECT mail_key FROM followups WHERE case_id = ? AND mail_key IN "
                + "(SELECT value FROM json_each(?))", caseId, mailKeys);
    }

    /** Those of {@code sha256s} the case has an exhibit of, trashed or not. */
    public java.util.Set<String> exhibitsAmong(Db h, long caseId, Collection<String> sha256s) {
        return among(h, "SELECT sha256 FROM evidence WHERE case_id = ? AND sha256 IN "
                + "(SELECT value FROM json_each(?))", caseId, sha256s);
    }

    /**
     * The follow-up, and its conversation, of each of {@code mailKeys} that the case has a follow-up of, trashed or
     * not.
     */
    public java.util.Map<String, Marked> markedAmong(Db h, long caseId, Collection<String> mailKeys) {
        java.util.Map<String, Marked> out = new java.util.HashMap<>();
        if (!mailKeys.isEmpty()) {
            h.createQuery("SELECT id, mail_key, mail_thread FROM followups WHERE case_id = ? AND mail_key IN "
                    + "(SELECT value FROM json_each(?))").bind(0, caseId).bind(1, jsonArray(mailKeys))
                    .map((rs, ctx) -> new Marked(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(m -> out.put(m.mailKey(), m));
        }
        return out;
    }

    /**
     * Those of {@code values} that {@code sql} returns, its parameters the case id and the values as one JSON array of
     * strings (which {@code json_each} reads): one statement, whatever the number of values.
     */
    private static java.util.Set<String> among(Db h, String sql, long caseId, Collection<String> values) {
        if (values.isEmpty()) {
            return new java.util.HashSet<>();
        }
        return new java.util.HashSet<>(h.createQuery(sql).bind(0, caseId).bind(1, jsonArray(values))
                .mapTo(String.class).list());
    }

    /** {@code values} as a JSON array of strings. */
    private static String jsonArray(Collection<String> values) {
        StringBuilder array = new StringBuilder(values.size() * 70).append('[');
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        for (String v : values) {
            array.append(array.length() == 1 ? "\"" : ",\"");
            json.quoteAsString(v, array);
            array.append('"');
        }
        return array.append(']').toString();
    }

    /** Marks a follow-up as made from the message {@code mailKey} of the conversation {@code threadId}. */
    public void markFromMail(Db h, long followUpId, String mailKey, String threadId) {
        h.execute("UPDATE followups SET mail_key = ?, mail_thread = ? WHERE id = ?", mailKey, threadId, followUpId);
    }

    /** Moves the follow-up made from an e-mail to the conversation {@code threadId}. */
    public void setThread(Db h, long followUpId, String threadId) {
        h.execute("UPDATE followups SET mail_thread = ? WHERE id = ?", threadId, followUpId);
    }

    /** Marks follow-ups as made from messages: {@link #markFromMail} for many, with one prepared statement. */
    public void markAllFromMail(Db h, List<Marked> marks) {
        if (marks.isEmpty()) {
            return;
        }
        try (RowBatch batch = h.rowBatch("UPDATE followups SET mail_key = ?, mail_thread = ? WHERE id = ?")) {
            marks.forEach(m -> batch.row(m.mailKey(), m.threadId(), m.followUpId()));
            batch.execute();
        }
    }

    /** A follow-up made from the message {@code mailKey} of the conversation {@code threadId}. */
    public record Marked(long followUpId, String mailKey, String threadId) {
    }

    /** The conversation a follow-up made from an e-mail belongs to. */
    public Optional<String> threadOf(Db h, long followUpId) {
        return h.createQuery("SELECT mail_thread FROM followups WHERE id = :id").bind("id", followUpId)
                .mapTo(String.class).findOne().flatMap(Optional::ofNullable);
    }

    /** The user's own addresses, lower case, sorted. */
    public List<String> ownAddresses(Db h) {
        return h.createQuery("SELECT address FROM mail_own_addresses ORDER BY address").mapTo(String.class).list();
    }

    public void replaceOwnAddresses(Db h, Collection<String> addresses) {
        h.execute("DELETE FROM mail_own_addresses");
        for (String a : addresses) {
            h.execute("INSERT OR IGNORE INTO mail_own_addresses (address) VALUES (?)", a);
        }
    }

    /** A follow-up made from an e-mail, with what its direction was derived from: its message's stored .eml. */
    public record MailFollowUp(long followUpId, long caseId, ContactDirection direction, String contact,
            String emlSha256) {
    }

    /** Every follow-up of the vault made from an e-mail whose .eml exhibit is still there, oldest first. */
    public List<MailFollowUp> mailFollowUps(Db h) {
        return h.createQuery("""
                        SELECT f.id, f.case_id, f.direction, f.contact_person,
                            (SELECT e.sha256 FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
                             WHERE l.followup_id = f.id AND e.media_type = 'message/rfc822'
                             ORDER BY e.id LIMIT 1) AS eml
                        FROM followups f WHERE f.mail_key IS NOT NULL ORDER BY f.id""")
                .map((rs, ctx) -> new MailFollowUp(rs.getLong("id"), rs.getLong("case_id"),
                        ContactDirection.valueOf(rs.getString("direction")), rs.getString("contact_person"),
                        rs.getString("eml")))
                .list().stream().filter(m -> m.emlSha256() != null).toList();
    }

    /** Sets who wrote an e-mail's follow-up and who the other side is, after the user's addresses changed. */
    public void setDirection(Db h, long followUpId, ContactDirection direction, String contact) {
        h.execute("UPDATE followups SET direction = ?, contact_person = ? WHERE id = ?", direction.name(), contact,
                followUpId);
    }

    /** The conversation of each of the case's follow-ups made from an e-mail, by follow-up id. */
    public java.util.Map<Long, String> threadsOfCase(Db h, long caseId) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        h.createQuery("SELECT id, mail_thread FROM followups WHERE case_id = :c AND mail_thread IS NOT NULL")
                .bind("c", caseId).map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
