package io.casevault.vault;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.nio.file.Path;

/** Another process (or window) holds the vault's write lock. */
public class VaultLockedException extends VaultException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    public VaultLockedException(Path dir) {
        this(reason(dir));
    }

    private VaultLockedException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    static Reason reason(Path dir) {
        return Reason.of("vault.locked", "The vault " + dir + " is in use by another CaseVault process; close it and "
                + "try again.", dir);
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
