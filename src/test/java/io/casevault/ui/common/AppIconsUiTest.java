package io.casevault.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** At start the window's icon waits for the window's content, so that decoding it does not slow the first frames. */
@ExtendWith(ApplicationExtension.class)
class AppIconsUiTest {
    private Stage stage;
    private Scene scene;
    private StackPane placeholder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        placeholder = new StackPane();
        scene = new Scene(placeholder, 300, 200);
        stage.getIcons().clear();
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theIconIsSetOnlyOnceTheWindowShowsItsContent() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            WaitForAsyncUtils.waitForAsyncFx(5_000, () -> AppIcons.applyAfterContent(stage, scene, placeholder,
                    executor));
            // frames of the empty window come and go: no icon yet
            for (int i = 0; i < 3; i++) {
                Label change = new Label("empty " + i);
                WaitForAsyncUtils.waitForAsyncFx(5_000, () -> placeholder.getChildren().add(change));
                WaitForAsyncUtils.waitForFxEvents();
            }
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getIcons()).isEmpty();

            WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scene.setRoot(new StackPane(new Label("The cases"))));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
            assertThat(stage.getIcons()).extracting(Image::getWidth)
                    .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        } finally {
            executor.shutdownNow();
            Platform.runLater(() -> stage.getIcons().clear());
        }
    }
}
