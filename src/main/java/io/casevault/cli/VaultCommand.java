package io.casevault.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.casevault.app.VaultSession;
import io.casevault.domain.Reason;
import io.casevault.vault.SyncFolders;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Base of the commands that work on a vault: finds the root options and opens the session. */
abstract class VaultCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    CliContext context() {
        return root().context;
    }

    PrintWriter out() {
        return context().out();
    }

    /** Today in the zone of the command line, as the deadlines count it. */
    java.time.LocalDate today() {
        return java.time.LocalDate.now(context().clock().withZone(context().zone()));
    }

    VaultSession openForWriting() {
        warnAboutSyncFolder();
        return VaultSession.open(root().vault, Vault.Access.WRITE, context().clock(), root().executors());
    }

    VaultSession openForReading() {
        warnAboutSyncFolder();
        return VaultSession.open(root().vault, Vault.Access.READ_PREFERRED, context().clock(),
                root().executors());
    }

    /** A vault in a network or synchronised folder: one warning on stderr (not an error), once per process. */
    Optional<Reason> warnAboutSyncFolder() {
        Optional<Reason> warning = SyncFolders.check(VaultLocation.resolve(root().vault));
        if (warning.isPresent() && root().warnOnce()) {
            context().err().println("Warning: " + Cli.sentence(warning.get().english()));
        }
        return warning;
    }

    void printJson(Object value) {
        try {
            // created on demand: the object mapper is slow to load and most commands print text
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CLI output is plain maps and lists", e);
        }
    }
}
