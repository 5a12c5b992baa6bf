package io.casevault.importer.mail;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;

/** A file or mbox message that cannot be read as mail; the reason is one sentence naming it. */
public final class MailException extends DomainException {
    private static final long serialVersionUID = 1L;

    public MailException(Reason reason) {
        super(reason);
    }
}
