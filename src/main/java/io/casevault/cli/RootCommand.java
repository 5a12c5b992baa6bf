package io.casevault.cli;

import io.casevault.app.AppExecutors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code casevault [--vault DIR] [COMMAND]}: without a command, the desktop window opens. */
@Command(name = "casevault", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Keeps the evidence of a complaint about a payment service in a local vault.",
                "Without a command, the CaseVault window opens."},
        footer = {"", "The vault is $CASEVAULT_HOME, else the platform's data folder",
                "(on Linux ~/.local/share/casevault).",
                "Exit codes: 0 done, 1 failure, 2 usage error or rejected input."})
public final class RootCommand implements Callable<Integer>, AutoCloseable {
    /**
     * The commands, in the order the help lists them. They are added by {@link Cli} rather than through the
     * annotation, so a command line that names one builds only that one's model (all of them cost start-up time).
     */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, CaseCommand.class, TxCommand.class,
            EvidenceCommand.class, FollowUpCommand.class, MailCommand.class, TimelineCommand.class,
            ExportCommand.class, LetterCommand.class, CalendarCommand.class, SearchCommand.class,
            VerifyCommand.class, RecoverCommand.class, BackupCommand.class, RestoreCommand.class);

    final CliContext context;
    /** The process's executors, made when a command first needs them (most commands run no background work). */
    private AppExecutors executors;

    @Option(names = "--vault", paramLabel = "DIR", description = "the vault folder (default: $CASEVAULT_HOME or the data folder)")
    Path vault;

    public RootCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.gui().apply(vault);
    }

    private boolean warned;

    /** True the first time only: a warning about the vault's folder is printed once per process. */
    synchronized boolean warnOnce() {
        boolean first = !warned;
        warned = true;
        return first;
    }

    synchronized AppExecutors executors() {
        if (executors == null) {
            executors = AppExecutors.forThisMachine();
        }
        return executors;
    }

    @Override
    public synchronized void close() {
        if (executors != null) {
            executors.close();
            executors = null;
        }
    }
}
