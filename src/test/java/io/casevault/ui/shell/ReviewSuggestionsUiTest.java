package io.casevault.ui.shell;

import io.casevault.domain.Case;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The case header's "Review suggestions…" opens the selected case's suggestions over the real vault. */
@ExtendWith(ApplicationExtension.class)
class ReviewSuggestionsUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;
    private Case second;

    @Start
    void start(Stage stage) {
        window = new ShellFixture(stage, dir, 1280, 760, "Frozen wallet", "Refund never came");
        second = window.cases.get(1);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage s
                && s.getOwner() != null).forEach(Window::hide));
        window.close();
    }

    @Test
    void theHeaderOpensTheSelectedCasesSuggestions(FxRobot robot) {
        waitUntil(() -> window.shell.model().loaded().get());
        robot.interact(() -> window.shell.model().selectedId().set(second.id()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#reviewSuggestions");
        waitUntil(() -> robot.lookup("#suggestionsStatus").tryQuery().isPresent()
                && !robot.lookup("#suggestionsStatus").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#suggestionsStatus").queryAs(Label.class).getText())
                .startsWith("Nothing to suggest");
        Button acceptAll = robot.lookup("#suggestionsAcceptAll").queryButton();
        assertThat(acceptAll.isDisabled()).isTrue();
    }
}
