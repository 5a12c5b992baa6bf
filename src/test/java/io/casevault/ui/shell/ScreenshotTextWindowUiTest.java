package io.casevault.ui.shell;

import io.casevault.app.Progress;
import io.casevault.ocr.PaymentScreens;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window over a vault whose screenshot has not been read: it reads it in the background when the vault opens, the
 * status bar's reading clears once done, and a search for a number seen only in that screenshot finds the case (a
 * search typed before the reading ends is asked again: CaseListViewModelTest holds that part on its own).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTextWindowUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;
    private String order;

    @Start
    void start(Stage stage) {
        Appearance.applyTheme(Theme.LIGHT);
        PaymentScreens.Screen screen = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, 3));
        order = screen.lines().stream().filter(l -> l.kind() == PaymentScreens.Kind.ID).findFirst().orElseThrow()
                .text();
        window = new ShellFixture(stage, dir, 1100, 720, (session, cases) -> {
            try {
                Path png = dir.resolve("alipay.png");
                ImageIO.write(screen.image(), "png", png.toFile());
                session.evidence().add(cases.get(0).id(), List.of(png), null, Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Screenshot only", "Another case");
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aNumberSeenOnlyInAScreenshotFindsTheCaseOnceTheWindowHasReadIt(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#search").queryAs(TextField.class)).write(order.substring(order.length() - 8));

        // the engine loads and reads in the background: up to a minute on a busy machine
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return UiFixture.showsText(robot, "1 matching screenshot");
        });
        assertThat(UiFixture.showsText(robot, "Another case")).isFalse();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#readingMessage")
                    .queryAs(Label.class).getParent().isVisible());
        } catch (TimeoutException e) {
            throw new AssertionError("the status bar still shows the reading", e);
        }
    }
}
