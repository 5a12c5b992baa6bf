package io.casevault.cli;

import io.casevault.domain.DomainException;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultDamagedException;
import io.casevault.vault.VaultException;
import io.casevault.vault.VaultLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Runs one command line: results on stdout, one-sentence errors on stderr, exit 0, 1 or 2 as the contract says. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int REJECTED = 2;

    private Cli() {
    }

    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, RootCommand.COMMANDS);
    }

    /** The parser with only the given commands of {@link RootCommand#COMMANDS} (and help). */
    private static CommandLine commandLine(CliContext context, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new RootCommand(context));
        commands.forEach(cl::addSubcommand);
        CliHelp.install(cl);
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            String help = ex.getCommandLine().getCommandSpec().qualifiedName();
            context.err().println(sentence(ex.getMessage()) + " See `" + help + " --help`.");
            return REJECTED;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCode(ex);
            context.err().println(DiskFullException.isDiskFull(ex) && DiskFullException.in(ex).isEmpty()
                    ? sentence(DiskFullException.reason(vaultOf(cl), -1).english()) : message(ex));
            if (code == FAILURE && !(ex instanceof VaultException)) {
                LOG.error("Command failed", ex);
            } else {
                LOG.info("Command refused: {}", ex.getMessage());
            }
            return code;
        });
        return cl;
    }

    public static int run(CliContext context, String... args) {
        CommandLine cl = commandLine(context, commandsFor(args));
        try (RootCommand root = cl.getCommand()) {
            return cl.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * Only the command the line names, when it plainly names one after the {@code --vault} option; else every
     * command, so the root's help, its version and its hints about unknown commands are whole.
     */
    static List<Class<?>> commandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--vault")) {
                i++;
            } else if (arg.startsWith("-")) {
                if (!arg.startsWith("--vault=")) {
                    return RootCommand.COMMANDS;
                }
            } else {
                for (Class<?> command : RootCommand.COMMANDS) {
                    CommandLine.Command named = command.getAnnotation(CommandLine.Command.class);
                    if (named.name().equals(arg) || List.of(named.aliases()).contains(arg)) {
                        return List.of(command);
                    }
                }
                return RootCommand.COMMANDS;
            }
        }
        return RootCommand.COMMANDS;
    }

    /** The vault folder the command line names (or the default one), for a sentence that has no folder of its own. */
    private static Path vaultOf(CommandLine cl) {
        try {
            return VaultLocation.resolve(((RootCommand) cl.getCommand()).vault);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int exitCode(Throwable ex) {
        return ex instanceof DomainException ? REJECTED : FAILURE;
    }

    static String message(Throwable ex) {
        if (DiskFullException.isDiskFull(ex)) {
            return sentence(DiskFullException.in(ex).map(DiskFullException::getMessage)
                    .orElseGet(() -> DiskFullException.reason(null, -1).english()));
        }
        if (ex instanceof DomainException || ex instanceof VaultException) {
            return sentence(ex.getMessage());
        }
        if (Vault.isDamage(ex)) {
            return "The database of the vault is damaged" + VaultDamagedException.ADVICE + ".";
        }
        if (ex instanceof UncheckedIOException u) {
            return sentence("A file could not be read or written: " + u.getCause().getMessage());
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return sentence("CaseVault failed: " + (root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage())
                + " (details are in the log)");
    }

    static String sentence(String s) {
        String t = s == null ? "Unknown error" : s.strip();
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t.endsWith(".") || t.endsWith("`.") ? t : t + ".";
    }
}
