package io.casevault.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the dossier prints of one e-mail exhibit, read from its original by the application: the headers (the date
 * with the zone the sender wrote it in; null when the message had none), the body as plain text, and its attachments
 * with the exhibit each became (null when it was not stored, such as a refused file).
 */
public record MailContent(String from, List<String> to, List<String> cc, Instant date, ZoneId zone, String subject,
                          String body, List<Attachment> attachments) {

    /** An attachment's file name and its exhibit number, or null. */
    public record Attachment(String name, String exhibit) {
        public Attachment {
            Objects.requireNonNull(name, "name");
        }
    }

    public MailContent {
        from = from == null ? "" : from;
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        if (date != null) {
            Objects.requireNonNull(zone, "zone");
        }
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        attachments = List.copyOf(attachments);
    }
}
