package io.casevault;

import io.casevault.cli.Cli;
import io.casevault.cli.CliContext;
import io.casevault.ui.GuiLauncher;
import io.casevault.vault.BundledFiles;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/** Entry point: a subcommand runs the command line; none opens the window. */
public final class Launcher {
    private static final String MARKER_EXTENSION =
            Vault.MARKER_FILE.substring(Vault.MARKER_FILE.lastIndexOf('.'));

    /** Read by the JDK when the Flight Recorder is first used. */
    private static final String NO_RECORDER = "jfr.unsupported.vm";

    private Launcher() {
    }

    public static void main(String[] args) {
        withoutJdbiRecorderEvents();
        configureLogging();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        String[] line = fromDesktop(args);
        Optional<WindowOnly> window = windowOnly(line);
        if (window.isPresent()) {
            // `java -jar` starts the window's JVM again with the options of the app-image's launcher
            OptionalInt relaunched = JarRelaunch.run();
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
                return;
            }
            // the command-line parser (its whole tree of commands) is not loaded when only the window opens
            System.exit(openWindow(window.get().vault(), err));
            return;
        }
        // `java -jar` starts an export, or an add or import of many files, again with the app-image launcher's JIT
        // options
        OptionalInt relaunched = CommandRelaunch.run(line);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
            return;
        }
        // SQLite's native library loads from a kept copy, not one written into the temp folder on every start (the
        // window does this as it opens the vault, off its first frame's path)
        BundledFiles.keepSqliteLibrary(VaultLocation.cacheDir());
        CliContext context = new CliContext(out, err, Clock.systemUTC(), ZoneId.systemDefault(),
                vault -> GuiLauncher.launch(vault, err));
        int code = Cli.run(context, line);
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

    private static int openWindow(Path vault, PrintWriter err) {
        try {
            return GuiLauncher.launch(vault, err);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Launcher.class).error("The window failed", e);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("CaseVault failed: " + (root.getMessage() == null ? root.getClass().getSimpleName()
                    : root.getMessage()) + " (details are in the log).");
            return Cli.FAILURE;
        } finally {
            err.flush();
        }
    }

    /** A command line that only opens the window: on this vault, or on the last or default one when null. */
    record WindowOnly(Path vault) {
    }

    /**
     * The window's vault when the command line only opens the window — nothing, {@code --vault DIR} or
     * {@code --vault=DIR} — so it opens without the command-line parser; empty for anything else (a command, help,
     * a bad option), which the parser handles.
     */
    static Optional<WindowOnly> windowOnly(String[] args) {
        try {
            if (args.length == 0) {
                return Optional.of(new WindowOnly(null));
            }
            if (args.length == 1 && args[0].startsWith("--vault=") && args[0].length() > "--vault=".length()) {
                return Optional.of(new WindowOnly(Path.of(args[0].substring("--vault=".length()))));
            }
            if (args.length == 2 && args[0].equals("--vault") && !args[1].isEmpty() && !args[1].startsWith("-")) {
                return Optional.of(new WindowOnly(Path.of(args[1])));
            }
        } catch (InvalidPathException e) {
            return Optional.empty(); // the parser says what is wrong with it
        }
        return Optional.empty();
    }

    /**
     * Under {@code java -jar} (a full JDK, whose Flight Recorder the app-image's runtime leaves out) Jdbi registers a
     * recorder event on the first statement of a command or of the window's vault, which generates and loads the
     * recorder's classes: some 90 ms of processor time before the first file of {@code evidence add} is read, and as
     * much on the thread that opens the window's vault. The JDK's own switch makes the recorder report itself
     * unavailable to code that asks later; a recording started with the JVM (its {@code -XX:StartFlightRecording}
     * option, also from the Java options in the environment) has asked already and is not affected. Set first thing,
     * in every JVM this class starts: the command line's, the window's, and those they start again.
     */
    static void withoutJdbiRecorderEvents() {
        if (System.getProperty(NO_RECORDER) == null) {
            System.setProperty(NO_RECORDER, "true");
        }
    }

    /** Logs go to the user's data folder, never to the terminal where CLI output goes. */
    private static void configureLogging() {
        if (System.getProperty("casevault.logDir") == null) {
            System.setProperty("casevault.logDir", VaultLocation.logDir().toString());
        }
    }
}
