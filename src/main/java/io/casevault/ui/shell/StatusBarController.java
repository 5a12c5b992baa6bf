package io.casevault.ui.shell;

import io.casevault.ui.common.Texts;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/**
 * The status bar (the first running task, its progress, how many more; on the right, the screenshots being read with
 * Cancel) and the notifications above it. Work shows once it has run for {@link #SHOW_AFTER}: the many short readings
 * (an exhibit's text, its suggestions) would otherwise make the bar flicker, and each flicker restyles the bar.
 */
public final class StatusBarController {
    private final StatusBarViewModel model;
    private final RecognitionRun reading;
    /** How long work runs before the bar names it. */
    static final Duration SHOW_AFTER = Duration.millis(400);

    private final Texts texts;
    private final PauseTransition showSoon = new PauseTransition(SHOW_AFTER);
    /** Whether the bar names work now (rather than "Ready"). */
    private boolean showing;
    private ToastPane toasts;
    private NoticeBar notices;

    @FXML private StatusBar statusBar;

    public StatusBarController(StatusBarViewModel model, RecognitionRun reading, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.reading = Objects.requireNonNull(reading);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        statusBar.setText(texts.text("status.ready"));
        showSoon.setOnFinished(e -> showRunning());
        model.running().addListener((ListChangeListener<Worker<?>>) c -> {
            if (showing || model.running().isEmpty()) {
                showSoon.stop();
                showRunning();
            } else if (showSoon.getStatus() != Animation.Status.RUNNING) {
                showSoon.playFromStart();
            }
        });
        statusBar.setAccessibleText(texts.text("status.accessible"));
        toasts = new ToastPane(model, texts.bundle());
        notices = new NoticeBar(model, texts.bundle());
        statusBar.getRightItems().add(readingBox());
    }

    /** "Reading screenshots 3 / 10", a bar and a Cancel button, while the screenshots' text is being read. */
    private HBox readingBox() {
        Label message = new Label();
        message.setId("readingMessage");
        message.textProperty().bind(reading.message());
        message.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(reading.progress());
        bar.setId("readingProgress");
        bar.setPrefWidth(90);
        bar.setMinWidth(90);
        bar.setAccessibleText(texts.text("status.reading.accessible"));
        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.setId("cancelReadingButton");
        cancel.getStyleClass().addAll("button-icon", "flat", "small");
        cancel.setTooltip(new Tooltip(texts.text("status.reading.cancel")));
        cancel.setAccessibleText(texts.text("status.reading.cancel"));
        cancel.setOnAction(e -> reading.cancel());
        HBox box = new HBox(6, message, bar, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.visibleProperty().bind(reading.running());
        box.managedProperty().bind(reading.running());
        return box;
    }

    private void showRunning() {
        statusBar.textProperty().unbind();
        statusBar.progressProperty().unbind();
        showing = !model.running().isEmpty();
        if (!showing) {
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
