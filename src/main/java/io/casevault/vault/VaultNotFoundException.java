package io.casevault.vault;

import java.nio.file.Path;

/** No vault where one was expected. */
public class VaultNotFoundException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultNotFoundException(Path dir) {
        super(java.nio.file.Files.isDirectory(dir.resolve("blobs").resolve("sha256"))
                ? "The vault at " + dir + " has lost its database (" + Vault.DB_FILE + ") but still holds its "
                + "originals; `casevault --vault " + dir + " recover --out NEW-FOLDER` builds a new vault from them."
                : "There is no CaseVault vault at " + dir + "; create one with `casevault --vault " + dir + " init`.");
    }
}
