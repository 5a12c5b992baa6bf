package io.casevault.ui.shell;

import io.casevault.ui.common.BackgroundWork;
import io.casevault.ui.common.Notifier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state behind the status bar and the notifications: the background work still running and the messages waiting
 * to be read. It holds no controls, so it can be checked without a window.
 */
public final class StatusModel implements BackgroundWork, Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(StatusModel.class);

    /** One notification; {@code action} may be null. */
    public record Toast(boolean error, String title, String message, String actionText, Runnable action) {
    }

    private final ObservableList<Worker<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Toast> toasts = FXCollections.observableArrayList();

    public ObservableList<Worker<?>> running() {
        return running;
    }

    public ObservableList<Toast> toasts() {
        return toasts;
    }

    @Override
    public void track(Worker<?> worker) {
        onFx(() -> {
            if (isDone(worker.getState())) {
                return;
            }
            running.add(worker);
            worker.stateProperty().addListener((obs, old, state) -> {
                if (isDone(state)) {
                    running.remove(worker);
                }
            });
        });
    }

    private static boolean isDone(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    @Override
    public void info(String title, String message) {
        info(title, message, null, null);
    }

    @Override
    public void info(String title, String message, String actionText, Runnable action) {
        onFx(() -> toasts.add(new Toast(false, title, message, actionText, action)));
    }

    @Override
    public void error(String title, String message) {
        LOG.info("Shown to the user: {}: {}", title, message);
        onFx(() -> toasts.add(new Toast(true, title, message, null, null)));
    }

    public void dismiss(Toast toast) {
        toasts.remove(toast);
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
