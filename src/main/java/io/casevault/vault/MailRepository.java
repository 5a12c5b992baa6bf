package io.casevault.vault;

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

    /** Marks a follow-up as made from the message {@code mailKey} of the conversation {@code threadId}. */
    public void markFromMail(Db h, long followUpId, String mailKey, String threadId) {
        h.execute("UPDATE followups SET mail_key = ?, mail_thread = ? WHERE id = ?", mailKey, threadId, followUpId);
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
}
