package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.ui.prefs.Language;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
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

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Switching the language builds the window again where the user was: same case, same tab, same list width. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsPlaceUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;
    private Shell shell;
    private Case second;

    @Start
    void start(Stage stage) {
        window = new ShellFixture(stage, dir, 1280, 760, "Frozen wallet", "Refund never came");
        shell = window.shell;
        second = window.cases.get(1);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static double listWidth(FxRobot robot) {
        return robot.lookup("#caseList").queryAs(ListView.class).getWidth();
    }

    @Test
    void theTabTheCaseAndTheDividerStayAcrossTwoSwitches(FxRobot robot) {
        waitUntil(() -> shell.model().loaded().get());
        robot.interact(() -> {
            shell.model().selectedId().set(second.id());
            robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(4);
            robot.lookup("#split").queryAs(SplitPane.class).setDividerPositions(0.3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = listWidth(robot);

        for (Language language : List.of(Language.CHINESE, Language.ENGLISH)) {
            robot.interact(() -> shell.switchLanguage(language));
            waitUntil(() -> shell.model().loaded().get());
            WaitForAsyncUtils.waitForFxEvents();

            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            assertThat(tabs.getSelectionModel().getSelectedIndex()).as("the export tab").isEqualTo(4);
            assertThat(shell.model().selected()).map(CaseSummary::theCase).map(Case::id).contains(second.id());
            Node split = robot.lookup("#split").query();
            assertThat(((SplitPane) split).getDividerPositions()[0]).isCloseTo(0.3, within(0.01));
            assertThat(listWidth(robot)).as("the case list's width").isCloseTo(width, within(2.0));
        }
    }
}
