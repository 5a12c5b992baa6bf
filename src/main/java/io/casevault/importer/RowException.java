package io.casevault.importer;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

/** A problem with one row; the table reader adds the line number and carries on with the next row. */
final class RowException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    RowException(Reason reason) {
        super(reason.english(), null, false, false);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
