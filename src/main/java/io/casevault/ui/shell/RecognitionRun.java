package io.casevault.ui.shell;

import io.casevault.app.Progress;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ProgressIndicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Reading the text of the vault's screenshots in the background, as the status bar shows it: "Reading screenshots
 * 3 / 10", its progress and Cancel. One run at a time on one thread of the CPU executor; asked to start while a run is
 * going, it runs once more afterwards (the run only reads what was queued when it began). Cancel stops after the
 * screenshot being read: the rest stays queued, read on the next start (new evidence, or the vault opened again).
 * No control here, so it is tested without the toolkit.
 */
public final class RecognitionRun {
    private static final Logger LOG = LoggerFactory.getLogger(RecognitionRun.class);

    /** Queues the screenshots without text and reads the queue on the calling thread, until done or cancelled. */
    @FunctionalInterface
    public interface Reader {
        int readQueue(Progress progress);
    }

    /**
     * The pause between two screenshots read in the background: about a tenth of a screenshot's reading, for the
     * window to take in what was read.
     */
    static final java.time.Duration BREATHER = java.time.Duration.ofMillis(100);

    private final Reader reader;
    private final Texts texts;
    private final Background background;
    private final Executor fxThread;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final IntegerProperty read = new SimpleIntegerProperty(0);
    private ProgressRelay relay;
    private boolean again;

    /**
     * @param background where the reading runs: its CPU executor, not listed among the status bar's other tasks (this
     *                   has its own place there)
     * @param fxThread   how calls from other threads reach the FX thread ({@code Runnable::run} in tests)
     */
    public RecognitionRun(Reader reader, Texts texts, Background background, Executor fxThread) {
        this.reader = Objects.requireNonNull(reader);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /** True while screenshots are being read. */
    public ReadOnlyBooleanProperty running() {
        return running;
    }

    /** "Reading screenshots 3 / 10". */
    public ReadOnlyStringProperty message() {
        return message;
    }

    /** Done / total, indeterminate until the number to read is known. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** Grows by one each time a screenshot has been read (and once more when a run ends): views read text again. */
    public ReadOnlyIntegerProperty read() {
        return read;
    }

    /** Reads what is queued (after new evidence, a bundle import, opening the vault); from any thread. */
    public void start() {
        fxThread.execute(this::startHere);
    }

    private void startHere() {
        if (relay != null) {
            again = true;
            return;
        }
        ProgressRelay r = new ProgressRelay();
        relay = r;
        running.set(true);
        message.set(texts.text("status.reading.start"));
        progress.bind(r.fraction());
        r.item().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                message.set(now);
                read.set(read.get() + 1);
            }
        });
        Tasks.create(p -> reader.readQueue(counting(p)))
                .progress(r)
                .cpuBound()
                .onError(e -> LOG.warn("Reading the screenshots' text stopped", e))
                .andFinally(() -> finished(r))
                .run(background);
    }

    /**
     * Names each step "Reading screenshots 3 / 10", so the message changes exactly when one more was read; and after
     * each screenshot but the last waits {@link #BREATHER} before the next, so the window shows the text just read
     * (the viewer's lines, the suggestions) without the next recognition holding a core.
     */
    private Progress counting(Progress p) {
        return new Progress() {
            @Override
            public void update(long done, long total, String item) {
                p.update(done, total, done == 0 ? "" : texts.text("status.reading.count", done, total));
                if (done > 0 && done < total && !p.isCancelled()) {
                    breathe();
                }
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    private static void breathe() {
        try {
            Thread.sleep(BREATHER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is being stopped: it sees the flag and ends
        }
    }

    private void finished(ProgressRelay r) {
        if (relay != r) {
            return;
        }
        relay = null;
        progress.unbind();
        running.set(false);
        read.set(read.get() + 1);
        if (again) { // asked again after the run began (Cancel forgets earlier asks)
            again = false;
            startHere();
        }
    }

    /** Stops after the screenshot being read now; the others stay queued. */
    public void cancel() {
        fxThread.execute(() -> {
            if (relay != null) {
                relay.cancel();
                again = false;
                message.set(texts.text("status.reading.stopping"));
            }
        });
    }
}
