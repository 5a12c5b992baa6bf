package io.casevault.ui.shell;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The welcome view shows instead of the case while the vault has no cases, and only then is it built: a window
 * opening on cases never builds it, until the last case goes.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private ShellFixture window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aVaultWithoutCasesShowsTheWelcomeView(FxRobot robot) {
        robot.interact(() -> window = new ShellFixture(stage, dir, 1100, 720));

        waitUntil(() -> showsText(robot, "Welcome to CaseVault"));
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();
        assertThat(robot.lookup("#casePane").query().isVisible()).isFalse();
    }

    @Test
    void aVaultWithCasesBuildsTheWelcomeViewOnlyWhenItsLastCaseGoes(FxRobot robot) {
        robot.interact(() -> window = new ShellFixture(stage, dir, 1100, 720, "Frozen wallet"));
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();

        long id = window.cases.get(0).id();
        robot.interact(() -> {
            window.shell.session().cases().trash(id);
            window.shell.model().caseRemoved(id);
        });

        waitUntil(() -> showsText(robot, "Welcome to CaseVault"));
        Node welcome = robot.lookup("#welcome").query();
        assertThat(welcome.isVisible()).isTrue();
        assertThat(robot.lookup("#casePane").query().isVisible()).isFalse();
    }
}
