package io.casevault;

import io.casevault.cli.Cli;
import io.casevault.cli.CliContext;
import io.casevault.ui.GuiLauncher;
import io.casevault.vault.VaultLocation;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

/** Entry point: a subcommand runs the command line; none opens the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CliContext context = new CliContext(out, err, Clock.systemUTC(), ZoneId.systemDefault(),
                vault -> GuiLauncher.launch(vault, err));
        int code = Cli.run(context, args);
        if (code != 0 || !GuiLauncher.isRunning()) {
            System.exit(code);
        }
    }

    /** Logs go to the user's data folder, never to the terminal where CLI output goes. */
    private static void configureLogging() {
        if (System.getProperty("casevault.logDir") == null) {
            System.setProperty("casevault.logDir", VaultLocation.logDir().toString());
        }
    }
}
