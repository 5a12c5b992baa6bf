package io.casevault.vault;

import java.nio.file.Path;

/** Another process (or window) holds the vault's write lock. */
public class VaultLockedException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultLockedException(Path dir) {
        super("The vault " + dir + " is in use by another CaseVault process; close it and try again.");
    }
}
