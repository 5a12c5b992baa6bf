package io.casevault.ui.shell;

import io.casevault.ui.UiFixture;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status bar while screenshots are read, over a reader the test steps through: three screenshots, each read when
 * the test lets it. Shows "Reading screenshots n / 3" with its progress and Cancel, and nothing once done.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarReadingUiTest {
    private final Semaphore next = new Semaphore(0);
    private final AtomicInteger read = new AtomicInteger();
    private final ExecutorService executor = UiFixture.executor();
    private RecognitionRun reading;

    @Start
    void start(Stage stage) {
        Texts texts = Texts.of(Locale.SIMPLIFIED_CHINESE);
        reading = new RecognitionRun(progress -> {
            progress.update(0, 3, "");
            for (int i = 1; i <= 3 && !progress.isCancelled(); i++) {
                next.acquireUninterruptibly();
                read.incrementAndGet();
                progress.update(i, 3, "");
            }
            return read.get();
        }, texts, Background.using(executor, w -> { }), Platform::runLater);
        Parent bar = new FxmlLoaderFactory(texts.bundle())
                .register(StatusBarController.class, () -> new StatusBarController(new StatusBarViewModel(), reading,
                        texts))
                .load(FxmlView.STATUS_BAR).getRoot();
        stage.setScene(new Scene(bar, 900, 40));
        stage.show();
    }

    @AfterEach
    void stop() {
        next.release(10);
        executor.shutdownNow();
    }

    private static boolean shows(FxRobot robot, String text) {
        return UiFixture.showsText(robot, text);
    }

    /** Whether the reading's part of the status bar is there at all. */
    private static boolean readingShown(FxRobot robot) {
        return robot.lookup("#readingMessage").queryAs(Label.class).getParent().isVisible();
    }

    @Test
    void theBarCountsTheScreenshotsReadAndClearsWhenDone(FxRobot robot) {
        assertThat(readingShown(robot)).isFalse();
        reading.start();
        waitUntil(() -> shows(robot, "正在识别截图…"));

        next.release();
        waitUntil(() -> shows(robot, "正在识别截图 1 / 3"));
        ProgressBar bar = robot.lookup("#readingProgress").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(0.01));

        next.release();
        waitUntil(() -> shows(robot, "正在识别截图 2 / 3"));
        next.release();
        waitUntil(() -> !readingShown(robot));
        assertThat(read.get()).isEqualTo(3);
        assertThat(reading.running().get()).isFalse();
    }

    @Test
    void cancelStopsAfterTheScreenshotBeingReadAndANewStartReadsTheRest(FxRobot robot) {
        reading.start();
        next.release();
        waitUntil(() -> shows(robot, "正在识别截图 1 / 3"));

        robot.clickOn(robot.lookup("#cancelReadingButton").queryAs(Button.class));
        waitUntil(() -> shows(robot, "识别完这张截图后停止…"));
        next.release(); // the screenshot being read when Cancel was pressed is finished, no other
        waitUntil(() -> !reading.running().get());
        assertThat(read.get()).isEqualTo(2);
        assertThat(readingShown(robot)).isFalse();

        reading.start(); // new evidence later: the queue is read again
        waitUntil(() -> reading.running().get());
        next.release(3);
        waitUntil(() -> !reading.running().get());
        assertThat(read.get()).isEqualTo(5);
    }
}
