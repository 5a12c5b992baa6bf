package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
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

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The window as the application builds it: the five case tabs from WindowWiring, each showing the selected case. */
@ExtendWith(ApplicationExtension.class)
class StandardTabsUiTest {
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

    @Test
    void theFiveTabsShowTheSelectedCase(FxRobot robot) {
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getText)
                .containsExactly("Overview", "Transactions", "Evidence", "Timeline", "Export");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> showsText(robot, "No transactions"));
    }
}
