package io.casevault.importer.mail;

import io.casevault.domain.Reason;

import java.util.Objects;

/** Where a message came from: a file, and for an mbox its message number (1 for the first), 0 for a single .eml. */
public record MailOrigin(String fileName, int number) {

    public MailOrigin {
        Objects.requireNonNull(fileName, "fileName");
        if (number < 0) {
            throw new IllegalArgumentException("number must not be negative");
        }
    }

    public static MailOrigin file(String fileName) {
        return new MailOrigin(fileName, 0);
    }

    public boolean inMbox() {
        return number > 0;
    }

    /** "'notes.txt'" or "message 17 of 'inbox.mbox'", for the start of a sentence after capitalising. */
    public Reason describe() {
        return inMbox()
                ? Reason.of("mail.origin.mbox", "message " + number + " of '" + fileName + "'", number, fileName)
                : Reason.of("mail.origin.file", "'" + fileName + "'", fileName);
    }
}
