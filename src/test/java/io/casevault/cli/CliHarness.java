package io.casevault.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the real command line in-process against one vault folder, with a fixed clock and zone. */
public final class CliHarness {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Path vault;
    private final Clock clock;

    public CliHarness(Path vault) {
        this(vault, Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZONE));
    }

    public CliHarness(Path vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public Path vault() {
        return vault;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString()));
        all.addAll(Arrays.asList(args));
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), clock, ZONE,
                dir -> {
                    throw new AssertionError("the GUI must not start in CLI tests");
                });
        int code = Cli.run(context, all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and requires exit 0, returning stdout trimmed. */
    public String ok(String... args) {
        Result r = run(args);
        if (r.code() != 0) {
            throw new AssertionError("exit " + r.code() + " for " + List.of(args) + ": " + r.err() + r.out());
        }
        return r.out().strip();
    }

    public record Result(int code, String out, String err) {
    }
}
