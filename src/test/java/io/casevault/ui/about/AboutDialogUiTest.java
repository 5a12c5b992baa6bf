package io.casevault.ui.about;

import io.casevault.app.AppInfo.Component;
import io.casevault.ui.common.Bundles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Help → About: the pom's version, the vault, the bundled components with their licences and the font's licence. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogUiTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
    }

    private void open(FxRobot robot, Locale locale, Path vault) {
        robot.interact(() -> AboutDialog.create(Bundles.load(locale), vault, dir.resolve("logs"), stage).show());
        waitUntil(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
    }

    @Test
    void showsTheVersionFromThePomAndTheVault(FxRobot robot) {
        Path vault = dir.resolve("my-vault");
        open(robot, Locale.ENGLISH, vault);

        String pomVersion = System.getProperty("casevault.pomVersion");
        assertThat(pomVersion).as("surefire passes the pom's version").isNotBlank();
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("Version " + pomVersion);
        assertThat(robot.lookup("#about-vault").queryAs(Label.class).getText()).contains(vault.toString());
        assertThat(robot.lookup("#about-logs").queryAs(Label.class).getText())
                .isEqualTo("Logs: " + dir.resolve("logs"));
    }

    @Test
    void listsTheBundledComponentsWithTheVersionsOnTheClassPath(FxRobot robot) {
        open(robot, Locale.ENGLISH, dir.resolve("v"));

        TableView<Component> table = robot.lookup("#about-components").queryTableView();
        assertThat(table.getItems()).extracting(Component::name, Component::licence).contains(
                tuple("Noto Sans SC (font, Adobe / Google)", "OFL-1.1"),
                tuple("OpenJFX (JavaFX)", "GPL-2.0-only WITH Classpath-exception-2.0"),
                tuple("Logback", "EPL-1.0 OR LGPL-2.1-only"));
        assertThat(table.getItems()).extracting(Component::version).noneMatch(v -> v.contains("${"));
        // JavaFX states its own version once running: the list must name the one actually shipped.
        assertThat(table.getItems()).filteredOn(c -> c.name().startsWith("OpenJFX")).singleElement()
                .extracting(Component::version).isEqualTo(System.getProperty("javafx.version"));
        assertThat(robot.lookup("#about-font-licence").queryAs(TextArea.class).getText())
                .contains("SIL OPEN FONT LICENSE Version 1.1").contains("Reserved Font Name 'Source'");
    }

    @Test
    void speaksChinese(FxRobot robot) {
        open(robot, Locale.SIMPLIFIED_CHINESE, dir.resolve("v"));

        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText())
                .isEqualTo("版本 " + System.getProperty("casevault.pomVersion"));
        assertThat(robot.lookup(".table-view .column-header .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("组件", "许可证");
    }
}
