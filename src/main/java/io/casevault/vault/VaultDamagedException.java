package io.casevault.vault;

import java.nio.file.Path;
import java.util.List;

/** The vault's database is damaged: it is neither migrated nor used; {@code verify} and {@code recover} say more. */
public class VaultDamagedException extends VaultException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> details;

    /** What to do, said after "is damaged"; the originals are separate files that no database damage touches. */
    public static final String ADVICE = "; it is not changed: run `casevault verify` to see what SQLite reports, "
            + "then `casevault recover --out NEW-FOLDER` to build a new vault from everything still readable "
            + "(your originals are separate files in its blobs folder)";

    public VaultDamagedException(Path dir, List<String> details) {
        super("The database of the vault " + dir + " is damaged" + ADVICE + ".");
        this.details = List.copyOf(details);
    }

    /** What SQLite (or the WAL check) said. */
    public List<String> details() {
        return details;
    }
}
