package io.casevault.ui.export;

import io.casevault.ui.UiFixture;
import io.casevault.ui.common.DialogSizes;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.casevault.ui.UiFixture.waitUntil;

/** The hand-over dialogs hold their content at their minimum size and fit 1366 × 768, in both languages. */
@ExtendWith(ApplicationExtension.class)
class HandOverDialogSizesUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final List<UiFixture> fixtures = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        io.casevault.ui.shell.Appearance.loadFonts();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
        fixtures.forEach(UiFixture::close);
    }

    @Test
    void bothDialogsKeepTheirFields(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            UiFixture fx = new UiFixture(dir.resolve(locale.toLanguageTag()), locale);
            fixtures.add(fx);
            HandOverDialogs dialogs = HandOverUiTest.dialogs(fx, (owner, initial) -> Optional.empty());
            List<Dialog<?>> shown = new CopyOnWriteArrayList<>();
            robot.interact(() -> shown.add(dialogs.formText(stage, fx.caseId)));
            robot.interact(() -> shown.add(dialogs.originals(stage, fx.caseId, "转账未到账")));
            for (Dialog<?> d : shown) {
                waitUntil(d::isShowing);
                robot.interact(() -> DialogSizes.assertMinimumHoldsTheContent(d.getDialogPane()));
                robot.interact(d::close);
            }
        }
    }
}
