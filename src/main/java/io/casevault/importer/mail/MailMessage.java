package io.casevault.importer.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What CaseVault reads from one e-mail. Message-IDs are without their angle brackets. {@code text} is the whole body
 * as plain text (an HTML-only body converted); {@code summary} its first own lines, without quoted history or
 * signature; {@code reference} the ticket or case number found in the subject or body. {@code sha256} is the hash of
 * the message's bytes as stored when it has no Message-ID (it is the message's identity then); a message with one is
 * known by it, and its bytes are hashed only where they are stored.
 */
public record MailMessage(Optional<String> messageId, Optional<String> inReplyTo, List<String> references,
        String subject, Optional<MailAddress> from, List<MailAddress> to, List<MailAddress> cc,
        Optional<MailDate> date, String text, String summary, Optional<String> reference,
        List<MailAttachment> attachments, Optional<String> gmailThreadId, Optional<String> sha256) {

    public MailMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        references = List.copyOf(references);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reference, "reference");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(gmailThreadId, "gmailThreadId");
        Objects.requireNonNull(sha256, "sha256");
        if (messageId.isEmpty() && sha256.isEmpty()) {
            throw new IllegalArgumentException("a message without Message-ID needs the hash of its bytes");
        }
    }

    /**
     * What makes two imports of this message the same: its Message-ID when it has one, else the SHA-256 of its
     * bytes (prefixed so the two kinds never collide).
     */
    public String dedupKey() {
        return dedupKey(messageId, sha256::orElseThrow);
    }

    /** {@link #dedupKey()} of a message with that Message-ID; the hash of its bytes is only asked for without one. */
    static String dedupKey(Optional<String> messageId, Supplier<String> sha256) {
        return messageId.map(id -> "message-id:" + id).orElseGet(() -> "sha256:" + sha256.get());
    }
}
