package io.casevault.ui.shell;

import io.casevault.ui.UiFixture;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status bar names background work only once it has run a moment: short readings (an exhibit's text, its
 * suggestions, every second while screenshots are read) leave it at "Ready" instead of flickering.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarWorkUiTest {
    private final Texts texts = Texts.of(Locale.SIMPLIFIED_CHINESE);
    private final StatusBarViewModel model = new StatusBarViewModel();
    private final ExecutorService executor = UiFixture.executor();
    private final CountDownLatch release = new CountDownLatch(1);
    /** Every text the bar has shown, in order. */
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        RecognitionRun reading = new RecognitionRun(progress -> 0, texts, Background.using(executor, w -> { }),
                Platform::runLater);
        Parent root = new FxmlLoaderFactory(texts.bundle())
                .register(StatusBarController.class, () -> new StatusBarController(model, reading, texts))
                .load(FxmlView.STATUS_BAR).getRoot();
        bar = (StatusBar) root.lookup(".status-bar");
        bar.textProperty().addListener((o, was, now) -> shown.add(now));
        stage.setScene(new Scene(root, 900, 40));
        stage.show();
    }

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    private static Task<String> titled(String title, CountDownLatch until) {
        return new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected String call() throws InterruptedException {
                until.await();
                return title;
            }
        };
    }

    @Test
    void workThatEndsAtOnceIsNeverNamed() throws Exception {
        Task<String> quick = titled("读取说明", new CountDownLatch(0));
        // listed and done in one turn of the FX thread, as a reading that takes a few milliseconds
        WaitForAsyncUtils.asyncFx(() -> {
            model.track(quick);
            quick.run();
        }).get();
        Thread.sleep((long) StatusBarController.SHOW_AFTER.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(quick.isDone()).isTrue();
        assertThat(shown).doesNotContain("读取说明");
        assertThat(bar.getText()).isEqualTo(texts.text("status.ready"));
    }

    @Test
    void workThatRunsLongerIsNamedWithItsProgressThenTheBarIsReadyAgain(FxRobot robot) throws Exception {
        Task<String> slow = titled("正在导入邮件", release);
        model.track(slow);
        executor.execute(slow);

        waitUntil(() -> "正在导入邮件".equals(bar.getText()));
        assertThat(WaitForAsyncUtils.asyncFx(() -> bar.getProgress() == slow.getProgress()).get()).isTrue();
        release.countDown();
        waitUntil(() -> texts.text("status.ready").equals(bar.getText()));
        assertThat(WaitForAsyncUtils.asyncFx(bar::getProgress).get()).isZero();
    }
}
