package io.casevault.ui.shell;

import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.Node;
import org.controlsfx.control.StatusBar;

import java.util.Objects;

/** The status bar (the first running task, its progress, how many more) and the notifications above it. */
public final class StatusBarController {
    private final StatusBarViewModel model;
    private final Texts texts;
    private ToastPane toasts;
    private NoticeBar notices;

    @FXML private StatusBar statusBar;

    public StatusBarController(StatusBarViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        statusBar.setText(texts.text("status.ready"));
        model.running().addListener((ListChangeListener<Worker<?>>) c -> showRunning());
        statusBar.setAccessibleText(texts.text("status.accessible"));
        toasts = new ToastPane(model, texts.bundle());
        notices = new NoticeBar(model, texts.bundle());
    }

    private void showRunning() {
        statusBar.textProperty().unbind();
        statusBar.progressProperty().unbind();
        if (model.running().isEmpty()) {
            statusBar.setText(texts.text("status.ready"));
            statusBar.setProgress(0);
            return;
        }
        Worker<?> first = model.running().get(0);
        int more = model.running().size() - 1;
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> more > 0
                ? texts.text("status.runningMore", first.getTitle(), more) : first.getTitle(), first.titleProperty()));
        statusBar.progressProperty().bind(first.progressProperty());
    }

    /** The notices, for the window to show under its menus. */
    public Node notices() {
        return notices;
    }

    /** The notifications, for the window to lay over its content at the bottom right. */
    public Node toasts() {
        return toasts;
    }
}
