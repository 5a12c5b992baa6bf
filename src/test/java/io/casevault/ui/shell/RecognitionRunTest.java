package io.casevault.ui.shell;

import io.casevault.app.Progress;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting, repeating and cancelling the screenshots' reading, without the toolkit (work runs at once, in order). */
class RecognitionRunTest {
    private final List<String> runs = new ArrayList<>();
    private RecognitionRun reading;
    /** What the fake reader does in its run, given the run's number (1, 2 …) and its progress. */
    private java.util.function.BiConsumer<Integer, Progress> during = (run, progress) -> { };

    private RecognitionRun reading() {
        reading = new RecognitionRun(progress -> {
            int run = runs.size() + 1;
            runs.add("run " + run);
            during.accept(run, progress);
            return 0;
        }, Texts.of(Locale.ENGLISH), Background.direct(), Runnable::run);
        return reading;
    }

    @Test
    void startReadsTheQueueAndEndsNotRunningWithOneMoreReadCounted() {
        RecognitionRun r = reading();

        r.start();

        assertThat(runs).containsExactly("run 1");
        assertThat(r.running().get()).isFalse();
        assertThat(r.read().get()).as("the run's end tells views to look again").isEqualTo(1);
    }

    @Test
    void whileRunningItShowsThatScreenshotsAreBeingRead() {
        List<String> seen = new ArrayList<>();
        during = (run, progress) -> seen.add(reading.running().get() + " " + reading.message().get());
        reading().start();

        assertThat(seen).containsExactly("true Reading screenshots\u2026");
    }

    @Test
    void askedToStartWhileRunningItRunsOnceMoreAfterwardsNotTwiceAtOnce() {
        during = (run, progress) -> {
            if (run == 1) {
                reading.start(); // new evidence arrives while the first run reads
                reading.start();
            }
        };
        reading().start();

        assertThat(runs).containsExactly("run 1", "run 2");
        assertThat(reading.running().get()).isFalse();
    }

    @Test
    void cancelAsksTheRunToStopAndForgetsEarlierAsksButNotLaterOnes() {
        List<Boolean> cancelledSeen = new ArrayList<>();
        during = (run, progress) -> {
            if (run == 1) {
                reading.start();     // asked before the cancel: forgotten
                reading.cancel();
                cancelledSeen.add(progress.isCancelled());
                assertThat(reading.message().get()).isEqualTo("Stopping after this screenshot\u2026");
            }
        };
        reading().start();
        assertThat(cancelledSeen).containsExactly(true);
        assertThat(runs).containsExactly("run 1");

        during = (run, progress) -> {
            if (run == 2) {
                reading.cancel();
                reading.start(); // new evidence after the cancel: read once this run has stopped
            }
        };
        reading.start();
        assertThat(runs).containsExactly("run 1", "run 2", "run 3");
    }

    @Test
    void afterEachScreenshotButTheLastTheReadingPausesSoTheWindowCanShowItsText() {
        List<Long> returned = new ArrayList<>();
        during = (run, progress) -> {
            for (int i = 0; i <= 3; i++) {
                long start = System.nanoTime();
                progress.update(i, 3, "shot-" + i + ".png");
                returned.add((System.nanoTime() - start) / 1_000_000);
            }
        };
        reading().start();

        assertThat(returned).hasSize(4);
        assertThat(returned.get(0)).as("before any is read").isLessThan(RecognitionRun.BREATHER.toMillis());
        assertThat(returned.subList(1, 3)).allSatisfy(ms -> assertThat(ms)
                .isGreaterThanOrEqualTo(RecognitionRun.BREATHER.toMillis()));
        assertThat(returned.get(3)).as("after the last").isLessThan(RecognitionRun.BREATHER.toMillis());
    }
}
