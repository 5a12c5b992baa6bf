package io.casevault.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code help [COMMAND [SUBCOMMAND]]}: the same help as {@code COMMAND SUBCOMMAND --help}, at any depth. */
@Command(name = "help", helpCommand = true, description = "Show the help of a command, e.g. `help evidence add`.")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "a command and its subcommand")
    List<String> path = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine target = spec.parent().commandLine();
        for (String name : path) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                target.getErr().println("There is no command `" + target.getCommandSpec().qualifiedName() + " "
                        + name + "`. See `" + target.getCommandSpec().qualifiedName() + " --help`.");
                return Cli.REJECTED;
            }
            target = sub;
        }
        target.usage(target.getOut());
        return Cli.OK;
    }
}
