package io.casevault.ui.evidence;

import io.casevault.ui.common.Texts;
import io.casevault.ui.prefs.Theme;
import io.casevault.ui.shell.Appearance;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer's tools in the narrowest viewer the evidence tab allows (the default window on a 1366×768 screen) and a
 * wide one, in both languages: every tool is on screen inside the viewer, none in an overflow menu, no label cut short.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerToolsUiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the bundled CJK font and the theme, as in the application
        Appearance.loadFonts();
        Appearance.applyTheme(Theme.LIGHT);
    }

    @ParameterizedTest
    @CsvSource({"en, 200", "zh, 200", "en, 600", "zh, 600"})
    void everyToolFitsInsideTheViewerWithItsWholeLabel(String language, double width, FxRobot robot) {
        Texts texts = Texts.of(language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        ImageViewer[] viewer = new ImageViewer[1];
        robot.interact(() -> {
            viewer[0] = new ImageViewer(texts::text);
            Scene scene = new Scene(new HBox(viewer[0]), width, 500);
            Appearance.style(scene);
            scene.getStylesheets().add(getClass().getResource("/io/casevault/ui/evidence/evidence.css")
                    .toExternalForm());
            viewer[0].setPrefWidth(width);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Predicate<Node> toolBar = n -> n instanceof ToolBar;
        assertThat(robot.from(viewer[0]).lookup(toolBar).tryQuery()).isEmpty();
        Predicate<Node> tool = n -> n instanceof ButtonBase
                || n instanceof Labeled && n.getStyleClass().contains("viewer-percent");
        List<Labeled> tools = robot.from(viewer[0]).lookup(tool).queryAllAs(Labeled.class).stream().toList();
        assertThat(tools).hasSizeGreaterThanOrEqualTo(7);
        Bounds inside = viewer[0].localToScene(viewer[0].getLayoutBounds());
        for (Labeled t : tools) {
            String name = t.getText() + " " + t.getAccessibleText();
            Bounds b = t.localToScene(t.getLayoutBounds());
            assertThat(b.getMinX()).as(name).isGreaterThanOrEqualTo(inside.getMinX() - 0.5);
            assertThat(b.getMaxX()).as(name).isLessThanOrEqualTo(inside.getMaxX() + 0.5);
            assertThat(t.getWidth()).as("whole label: " + name).isGreaterThanOrEqualTo(t.prefWidth(-1) - 0.5);
            assertThat(isShown(t)).as(name).isTrue();
        }
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
