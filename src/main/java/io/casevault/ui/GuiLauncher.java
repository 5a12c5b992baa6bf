package io.casevault.ui;

import javafx.application.Application;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Starts the desktop window, or explains in one sentence why it cannot on this machine. */
public final class GuiLauncher {
    private static volatile boolean running;
    /** Started by {@link #launch} before the toolkit, taken by the application's start. */
    private static volatile StartAhead ahead;

    private GuiLauncher() {
    }

    /** JavaFX warns that it runs from the class path, which is deliberate here (TestFX with Monocle needs it). */
    private static final class FxPlatformLog {
        /** Held: the JDK's logging keeps its loggers only while they are referenced. */
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("javafx");
    }

    public static int launch(Path vault, PrintWriter err) {
        if (!hasDisplay()) {
            err.println("No graphical display was found, so the CaseVault window cannot open; "
                    + "use the command line instead (see `casevault --help`).");
            return 1;
        }
        // the logging set-up (its classes, the log file) runs beside the toolkit's start instead of before the window
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "logging-setup");
        logging.setDaemon(true);
        logging.start();
        // the preferences and the vault are read and opened beside the toolkit's start, not after it, and begun before
        // the JDK's own logging starts below (some 25 ms), which the vault's opening does not need
        ahead = StartAhead.begin(vault);
        FxPlatformLog.LOG.setLevel(java.util.logging.Level.SEVERE);
        running = true;
        Application.launch(MainApp.class);
        running = false;
        return 0;
    }

    /** What {@link #launch} started for the window (a start without it starts it then, with the last vault). */
    static StartAhead takeAhead() {
        StartAhead started = ahead;
        ahead = null;
        return started != null ? started : StartAhead.begin(null);
    }

    public static boolean isRunning() {
        return running;
    }

    static boolean hasDisplay() {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
