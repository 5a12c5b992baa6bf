package io.casevault.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * What a CLI run writes to and reads the time from; tests pass their own. {@code gui} starts the window when no
 * subcommand is given and returns the exit code.
 */
public record CliContext(PrintWriter out, PrintWriter err, Clock clock, ZoneId zone, Function<Path, Integer> gui) {
}
