package io.casevault.ui.shell;

import io.casevault.ui.prefs.Language;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The start-up notices: under the menus, not over the case; kept; not shown again after a language switch. */
@ExtendWith(ApplicationExtension.class)
class StartNoticesUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;
    private Shell shell;

    @Start
    void start(Stage stage) {
        window = new ShellFixture(stage, dir, 1100, 720, "Frozen wallet");
        shell = window.shell;
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static boolean noticeShows(FxRobot robot, String text) {
        return robot.lookup("#noticeBar").lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()))
                .tryQuery().isPresent();
    }

    @Test
    void theBackupReminderSitsUnderTheMenusAndStaysUntilDismissed(FxRobot robot) {
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        waitUntil(() -> noticeShows(robot, "Time for a backup"));
        Node bar = robot.lookup("#noticeBar").query();
        Bounds barBounds = bar.localToScene(bar.getBoundsInLocal());
        Node header = robot.lookup("#tabs").query();
        assertThat(header.localToScene(header.getBoundsInLocal()).getMinY())
                .as("the case starts below the notices").isGreaterThanOrEqualTo(barBounds.getMaxY());
        WaitForAsyncUtils.sleep(9, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(noticeShows(robot, "Time for a backup")).as("still there after the old toast's 8 s").isTrue();

        robot.clickOn(".notice-close");

        waitUntil(() -> !bar.isVisible());
    }

    @Test
    void aLanguageSwitchDoesNotBringTheNoticesBack(FxRobot robot) {
        waitUntil(() -> noticeShows(robot, "Time for a backup"));

        robot.interact(() -> shell.switchLanguage(Language.CHINESE));
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(noticeShows(robot, "该备份了")).isFalse();
        assertThat(robot.lookup(".notice").tryQuery()).isEmpty();
    }
}
