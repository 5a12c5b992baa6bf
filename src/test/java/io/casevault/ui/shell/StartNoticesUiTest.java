package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
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
import java.util.List;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The start-up notices: under the menus, not over the case; kept; not shown again after a language switch. */
@ExtendWith(ApplicationExtension.class)
class StartNoticesUiTest {
    @TempDir
    Path dir;
    private Shell shell;
    private Preferences prefs;
    private AppExecutors executors;

    @Start
    void start(Stage stage) {
        Path vault = dir.resolve("vault");
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            s.cases().create(new NewCase("Frozen wallet", "WeChat Pay", null, Category.FROZEN_ACCOUNT,
                    "The wallet was frozen without notice.", null, List.of(), IncidentDate.exact(UiFixture.TODAY),
                    UiFixture.TODAY, 30, List.of(), false));
        }
        prefs = Preferences.load(dir.resolve("prefs/preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), 1100, 720);
        stage.setScene(scene);
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors,
                WindowWiring::standardTabs);
        shell.open(vault);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.closeSession()).get();
        executors.close();
        prefs.close();
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
