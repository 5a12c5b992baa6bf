package io.casevault.ui.error;

import io.casevault.app.AppInfo;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Catches what nothing else caught, on the FX thread and on any other thread: logs it, then shows it in an
 * {@link ErrorDialog} with a "Copy details" button instead of letting the failure vanish (or the window freeze in a
 * half-done state without a word).
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Supplier<ResourceBundle> bundle;
    private final Supplier<Window> owner;
    private final Path logs;
    private final Thread.UncaughtExceptionHandler previousDefault;
    private final Thread.UncaughtExceptionHandler previousFx;
    private ErrorDialog open;

    private ErrorReporter(Supplier<ResourceBundle> bundle, Supplier<Window> owner, Path logs) {
        this.bundle = Objects.requireNonNull(bundle);
        this.owner = Objects.requireNonNull(owner);
        this.logs = Objects.requireNonNull(logs);
        this.previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        this.previousFx = Thread.currentThread().getUncaughtExceptionHandler();
    }

    /**
     * Installs the reporter for every thread and for the FX application thread, on which it must be called.
     *
     * @param bundle the current language's bundle (it may change while the app runs)
     * @param owner  the window the dialog belongs to, or null
     * @param logs   the folder the log file is in, named in the dialog
     */
    public static ErrorReporter install(Supplier<ResourceBundle> bundle, Supplier<Window> owner, Path logs) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("install the error reporter on the FX application thread");
        }
        ErrorReporter reporter = new ErrorReporter(bundle, owner, logs);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        Thread.currentThread().setUncaughtExceptionHandler(reporter);
        return reporter;
    }

    /** Puts back the handlers there were before {@link #install}; called on the FX application thread. */
    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        }
        if (Thread.currentThread().getUncaughtExceptionHandler() == this) {
            Thread.currentThread().setUncaughtExceptionHandler(previousFx);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught error in thread {}", thread.getName(), error);
        String report = report(thread, error);
        if (Platform.isFxApplicationThread()) {
            show(error, report);
            return;
        }
        try {
            Platform.runLater(() -> show(error, report));
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("The FX toolkit is not running; the error above is only logged");
        }
    }

    private void show(Throwable error, String report) {
        try {
            if (open != null) {
                open.add(report);
                return;
            }
            ErrorDialog dialog = new ErrorDialog(bundle.get(), owner.get(), logs, message(error), report);
            open = dialog;
            dialog.show(() -> open = null);
        } catch (RuntimeException e) {
            // Showing the dialog failed too (the toolkit is in a bad state): the log has both, which must do.
            LOG.error("The error dialog could not be shown", e);
        }
    }

    /** The innermost cause's message: FXML handlers wrap the real failure in two reflection exceptions. */
    static String message(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getName() : message;
    }

    /** What "Copy details" copies: enough to reproduce the failure without the vault's contents. */
    static String report(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "CaseVault " + AppInfo.version() + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n"
                + "Thread: " + thread.getName() + "\n"
                + "Time: " + Instant.now() + "\n\n"
                + trace;
    }
}
