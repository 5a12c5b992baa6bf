package io.casevault.vault;

import java.nio.file.Path;
import java.util.List;

/** The vault's database is damaged: it is neither migrated nor used; {@code verify} and {@code recover} say more. */
public class VaultDamagedException extends VaultException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> details;

    public VaultDamagedException(Path dir, List<String> details) {
        super("The database of the vault " + dir + " is damaged; run `casevault verify` to see what SQLite "
                + "reports and `casevault recover --out DIR` to rebuild a new vault from what can still be read.");
        this.details = List.copyOf(details);
    }

    /** What SQLite (or the WAL check) said. */
    public List<String> details() {
        return details;
    }
}
