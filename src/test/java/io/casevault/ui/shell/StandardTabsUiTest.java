package io.casevault.ui.shell;

import io.casevault.ui.prefs.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
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

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The window as the application builds it: the five case tabs from WindowWiring, each showing the selected case. */
@ExtendWith(ApplicationExtension.class)
class StandardTabsUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;

    @Start
    void start(Stage stage) {
        Appearance.applyTheme(Theme.LIGHT);
        window = new ShellFixture(stage, dir, 1100, 720, "Frozen wallet");
    }

    @AfterEach
    void close() throws Exception {
        window.close();
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

    @Test
    void ctrlAndADigitOpensThatTabAndTheViewMenuListsThem(FxRobot robot) {
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        assertThat(view.getItems().subList(0, 5)).extracting(MenuItem::getText)
                .containsExactly("Overview", "Transactions", "Evidence", "Timeline", "Export");
        assertThat(view.getItems().get(3).getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));

        robot.interact(tabs::requestFocus);
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 3);
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        waitUntil(() -> showsText(robot, "No transactions"));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0);
    }

    /** The colour a control's background is finally painted with (its last fill). */
    private static Paint fill(Region r) {
        var fills = r.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    @Test
    void primaryActionsInTheTabsToolBarsLookLikeNewCaseAndFiltersDoNot(FxRobot robot) {
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(tabs::requestFocus); // a focused accent button is a shade darker
        WaitForAsyncUtils.waitForFxEvents();
        Paint accent = fill(robot.lookup("#newCaseButton").queryAs(Button.class));

        robot.interact(() -> tabs.getSelectionModel().select(3));
        waitUntil(() -> robot.lookup("#logButton").tryQuery().map(n -> n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fill(robot.lookup("#logButton").queryAs(Button.class))).as("Log follow-up").isEqualTo(accent);
        ToggleButton filter = robot.lookup("#filters").lookup(".toggle-button").queryAs(ToggleButton.class);
        assertThat(filter.isSelected()).isTrue();
        assertThat(fill(filter)).as("a filter that is on").isNotEqualTo(accent);

        robot.interact(() -> tabs.getSelectionModel().select(2));
        waitUntil(() -> robot.lookup(".evidence-view .tool-bar .button.accent").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Button addFiles = robot.lookup(".evidence-view .tool-bar .button.accent").queryAs(Button.class);
        assertThat(fill(addFiles)).as("Add files").isEqualTo(accent);
    }
}
