package io.casevault.ui.shell;

import io.casevault.ui.common.BackgroundWork;
import io.casevault.ui.common.Notifier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The state behind the status bar and the notifications: the background work still running, the messages waiting to
 * be read (brief, over the window's corner) and the notices (start-up reminders in the slim bar under the menus, kept
 * until dismissed or acted on). It holds no controls, so it can be checked without a window.
 */
public final class StatusBarViewModel implements BackgroundWork, Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBarViewModel.class);

    /** One notification; {@code action} may be null. */
    public record Toast(boolean error, String title, String message, String actionText, Runnable action) {
    }

    private final ObservableList<Worker<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Toast> toasts = FXCollections.observableArrayList();
    private final ObservableList<Toast> notices = FXCollections.observableArrayList();
    private final Notifier board = into(notices);
    private final Notifier brief = into(toasts);
    private final Executor fxThread;
    private java.util.function.Consumer<Throwable> onFailure = error -> { };

    /** Changes its lists on the FX thread, whichever thread reports. */
    public StatusBarViewModel() {
        this(StatusBarViewModel::onFx);
    }

    /** Changes its lists through {@code fxThread} ({@code Runnable::run} in tests without the toolkit). */
    public StatusBarViewModel(Executor fxThread) {
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    public ObservableList<Worker<?>> running() {
        return running;
    }

    public ObservableList<Toast> toasts() {
        return toasts;
    }

    /** The notices under the menus: they stay until dismissed or acted on. */
    public ObservableList<Toast> notices() {
        return notices;
    }

    /** Tells the notices under the menus instead of a brief message (start-up reminders, due deadlines). */
    public Notifier noticeBoard() {
        return board;
    }

    @Override
    public void track(Worker<?> worker) {
        fxThread.execute(() -> {
            if (isDone(worker.getState())) {
                return;
            }
            running.add(worker);
            worker.stateProperty().addListener((obs, old, state) -> {
                if (isDone(state)) {
                    running.remove(worker);
                }
                if (state == Worker.State.FAILED && worker.getException() != null) {
                    onFailure.accept(worker.getException());
                }
            });
        });
    }

    /** Is told, on the FX thread, of every failure of the work listed here (after the work's own handlers). */
    public void onFailure(java.util.function.Consumer<Throwable> listener) {
        this.onFailure = Objects.requireNonNull(listener);
    }

    private static boolean isDone(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    @Override
    public void info(String title, String message) {
        brief.info(title, message);
    }

    @Override
    public void info(String title, String message, String actionText, Runnable action) {
        brief.info(title, message, actionText, action);
    }

    @Override
    public void error(String title, String message) {
        brief.error(title, message);
    }

    /** A notifier adding to {@code list} on the FX thread. */
    private Notifier into(ObservableList<Toast> list) {
        return new Notifier() {
            @Override
            public void info(String title, String message) {
                info(title, message, null, null);
            }

            @Override
            public void info(String title, String message, String actionText, Runnable action) {
                fxThread.execute(() -> list.add(new Toast(false, title, message, actionText, action)));
            }

            @Override
            public void error(String title, String message) {
                LOG.info("Shown to the user: {}: {}", title, message);
                fxThread.execute(() -> list.add(new Toast(true, title, message, null, null)));
            }
        };
    }

    /** Takes a message or a notice away. */
    public void dismiss(Toast toast) {
        toasts.remove(toast);
        notices.remove(toast);
    }

    /** Runs the message's or notice's action after taking it away. */
    public void act(Toast toast) {
        dismiss(toast);
        if (toast.action() != null) {
            toast.action().run();
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
