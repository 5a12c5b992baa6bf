package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.CaseSummary;
import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
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

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Switching the language builds the window again where the user was: same case, same tab, same list width. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsPlaceUiTest {
    @TempDir
    Path dir;
    private Shell shell;
    private Preferences prefs;
    private AppExecutors executors;
    private Case second;

    @Start
    void start(Stage stage) {
        Path vault = dir.resolve("vault");
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            s.cases().create(caseTitled("Frozen wallet"));
            second = s.cases().create(caseTitled("Refund never came"));
        }
        prefs = Preferences.load(dir.resolve("prefs/preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), 1280, 760);
        stage.setScene(scene);
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors,
                WindowWiring::standardTabs);
        shell.open(vault);
        stage.show();
    }

    private static NewCase caseTitled(String title) {
        return new NewCase(title, "WeChat Pay", null, Category.FROZEN_ACCOUNT, "What happened.", null, List.of(),
                IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30, List.of(), false);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.closeSession()).get();
        executors.close();
        prefs.close();
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
