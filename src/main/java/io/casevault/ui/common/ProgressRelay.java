package io.casevault.ui.common;

import io.casevault.app.Progress;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/**
 * Carries a service's {@link Progress} to the FX thread: the worker writes volatile fields, and every 50 ms a timeline
 * copies them into properties (never one {@code runLater} per item, after Cryptomator's migration). The fraction is
 * indeterminate until the service reports a total. {@link #cancel()} asks the service to stop at its next check.
 */
public final class ProgressRelay implements Progress {
    private static final Duration TICK = Duration.millis(50);

    private final DoubleProperty fraction = new SimpleDoubleProperty(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final StringProperty item = new SimpleStringProperty("");
    // made when started: an animation needs the toolkit, and a view model's test runs without it
    private Timeline ticker;
    private volatile long done;
    private volatile long total = -1;
    private volatile String current = "";
    private volatile boolean cancelled;

    /** Starts copying; call on the FX thread before the work starts. */
    public ProgressRelay start() {
        if (ticker == null) {
            ticker = new Timeline(new KeyFrame(TICK, e -> copy()));
        }
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        return this;
    }

    /** Stops copying after one last copy, so the final state shows; call on the FX thread when the work ended. */
    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        copy();
    }

    private void copy() {
        long t = total;
        fraction.set(t > 0 ? Math.min(1.0, (double) done / t) : ProgressIndicator.INDETERMINATE_PROGRESS);
        item.set(current == null ? "" : current);
    }

    @Override
    public void update(long done, long total, String item) {
        this.done = done;
        this.total = total;
        this.current = item;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
    }

    /** Done / total between 0 and 1, or {@link ProgressIndicator#INDETERMINATE_PROGRESS} while the total is unknown. */
    public ReadOnlyDoubleProperty fraction() {
        return fraction;
    }

    /** The item being worked on, as the service names it. */
    public ReadOnlyStringProperty item() {
        return item;
    }
}
