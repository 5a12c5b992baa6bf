package io.casevault.vault;

import java.nio.file.Path;

/** No vault where one was expected. */
public class VaultNotFoundException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultNotFoundException(Path dir) {
        super("There is no CaseVault vault at " + dir + "; create one with `casevault --vault " + dir + " init`.");
    }
}
