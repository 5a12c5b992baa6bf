package io.casevault.app.backup;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

/** A backup or bundle that cannot be trusted: not one at all, truncated, or with an entry that fails its hash. */
final class ArchiveException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    ArchiveException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
