package io.casevault.importer;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;

/** A statement that cannot be read at all: unknown layout, wrong encoding, truncated. One sentence with the file. */
public final class StatementException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StatementException(Reason reason) {
        super(reason);
    }
}
