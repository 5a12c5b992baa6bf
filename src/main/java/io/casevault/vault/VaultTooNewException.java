package io.casevault.vault;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.nio.file.Path;

/**
 * The vault was written by a newer CaseVault, whose database this build does not know: it is not opened at all (not
 * even read-only), so nothing in it is misread or changed.
 */
public class VaultTooNewException extends VaultException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    public VaultTooNewException(Path dir, int version, int known) {
        this(Reason.of("vault.tooNew", "The vault " + dir + " was written by a newer CaseVault (its database is version "
                + version + ", this CaseVault knows up to " + known + "); open it with that version or a later one.",
                dir, version, known));
    }

    private VaultTooNewException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
