package io.casevault.cli;

import io.casevault.app.VaultSession;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code init}: creates the vault folder, or checks an existing one. */
@Command(name = "init",
        description = "Create the vault (private folder, database, blob store); harmless when it exists.")
final class InitCommand extends VaultCommand {

    @Override
    public Integer call() {
        Path dir = VaultLocation.resolve(root().vault);
        boolean existed = Vault.exists(dir);
        try (VaultSession session = VaultSession.create(dir, context().clock(), root().executors())) {
            out().println((existed ? "Vault ready at " : "Created vault at ") + session.dir());
        }
        return 0;
    }
}
