package io.casevault.importer.mail;

import io.casevault.domain.Reason;

import java.util.Objects;

/** One message of a mail file: read, with its exact bytes (to keep as its own .eml), or not, with the reason. */
public sealed interface MailItem permits MailItem.Read, MailItem.Failed {

    MailOrigin origin();

    /** A message that was read; {@code bytes} are the message exactly as stored in the file. */
    record Read(MailOrigin origin, byte[] bytes, MailMessage message) implements MailItem {
        public Read {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A message that could not be read, in one sentence naming the file (and the message number in an mbox). */
    record Failed(MailOrigin origin, Reason reason) implements MailItem {
        public Failed {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
