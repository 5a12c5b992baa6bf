package io.casevault.vault;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

/** A change asked of a vault that can only be read: its folder or disk cannot be written, or its disk is full. */
public class VaultReadOnlyException extends VaultException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    public VaultReadOnlyException(Reason reason) {
        this(reason, null);
    }

    public VaultReadOnlyException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
