package io.casevault;

import io.casevault.cli.Cli;
import io.casevault.cli.CliContext;
import io.casevault.ui.GuiLauncher;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/** Entry point: a subcommand runs the command line; none opens the window. */
public final class Launcher {
    private static final String MARKER_EXTENSION =
            Vault.MARKER_FILE.substring(Vault.MARKER_FILE.lastIndexOf('.'));

    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CliContext context = new CliContext(out, err, Clock.systemUTC(), ZoneId.systemDefault(),
                vault -> GuiLauncher.launch(vault, err));
        int code = Cli.run(context, fromDesktop(args));
        if (code != 0 || !GuiLauncher.isRunning()) {
            System.exit(code);
        }
    }

    /**
     * What the desktop hands over when the user opens a vault's marker file ({@code vault.casevault}, whose type
     * the installers register) or a vault folder with the app: that vault, in the window. Anything else is a
     * command line as typed.
     */
    static String[] fromDesktop(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return args;
        }
        Path given = Path.of(args[0]).toAbsolutePath();
        if (given.getFileName() != null && given.getFileName().toString().endsWith(MARKER_EXTENSION)
                && Files.isRegularFile(given)) {
            return new String[] {"--vault", given.getParent().toString()};
        }
        if (Vault.exists(given)) {
            return new String[] {"--vault", given.toString()};
        }
        return args;
    }

    /** Logs go to the user's data folder, never to the terminal where CLI output goes. */
    private static void configureLogging() {
        if (System.getProperty("casevault.logDir") == null) {
            System.setProperty("casevault.logDir", VaultLocation.logDir().toString());
        }
    }
}
