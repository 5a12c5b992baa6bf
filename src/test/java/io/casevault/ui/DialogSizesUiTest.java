package io.casevault.ui;

import io.casevault.ui.cases.CaseDialog;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.DialogSizes;
import io.casevault.ui.export.HandOverDialogs;
import io.casevault.ui.guidance.ClockEditorDialog;
import io.casevault.ui.transactions.TransactionDialog;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
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

/**
 * The form dialogs cannot be made smaller than their fields need (issue 13: the new-case dialog opened at 200 × 200
 * under openbox), and they fit a 1366 × 768 screen; in both languages, whose words differ in length.
 */
@ExtendWith(ApplicationExtension.class)
class DialogSizesUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final List<UiFixture> fixtures = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the bundled CJK font, as the application loads it: its line height is what the minimum sizes must hold
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

    private UiFixture fixture(Locale locale) {
        UiFixture fx = new UiFixture(dir.resolve(locale.toLanguageTag()), locale);
        fixtures.add(fx);
        return fx;
    }

    private static Background background(UiFixture fx) {
        return Background.using(fx.ctx.background(), fx.ctx.work());
    }

    private static void check(FxRobot robot, Dialog<?> dialog) {
        waitUntil(dialog::isShowing);
        check(robot, dialog.getDialogPane());
    }

    private static void check(FxRobot robot, DialogPane pane) {
        robot.interact(() -> DialogSizes.assertMinimumHoldsTheContent(pane));
    }

    @Test
    void theCaseDialogKeepsItsFields(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            UiFixture fx = fixture(locale);
            List<Dialog<?>> shown = new CopyOnWriteArrayList<>();
            robot.interact(() -> shown.add(new CaseDialog(fx.session.cases(), fx.ctx.texts(), background(fx),
                    fx.ctx.clock().withZone(fx.ctx.zone())).show(stage, null, c -> { })));
            check(robot, shown.get(0));
            robot.interact(shown.get(0)::close);
        }
    }

    @Test
    void theTransactionDialogKeepsItsFields(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            UiFixture fx = fixture(locale);
            List<Dialog<?>> shown = new CopyOnWriteArrayList<>();
            robot.interact(() -> shown.add(new TransactionDialog(fx.session.transactions(), fx.ctx.texts(),
                    background(fx), fx.ctx.clock().withZone(fx.ctx.zone())).show(stage, fx.caseId, null, t -> { })));
            check(robot, shown.get(0));
            robot.interact(shown.get(0)::close);
        }
    }

    @Test
    void theResponseTimesEditorKeepsEveryChannel(FxRobot robot) {
        UiFixture fx = fixture(Locale.ENGLISH);
        Platform.runLater(() -> ClockEditorDialog.showAndWait(fx.ctx.texts(), stage, fx.session.guidance().presets(),
                fx.session.guidance().rules(fx.caseId)));
        waitUntil(() -> robot.lookup("#preset-OTHER").tryQuery().isPresent());
        check(robot, (DialogPane) robot.lookup("#preset-OTHER").query().getScene().getRoot());
    }

    @Test
    void theHandOverDialogsKeepTheirFields(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            UiFixture fx = fixture(locale);
            HandOverDialogs dialogs = new HandOverDialogs(fx.session.formTexts()::formText,
                    fx.session.originals()::exhibits, fx.session.originals()::export,
                    (owner, initial) -> Optional.empty(), fx.ctx.session().dir().getParent(), fx.ctx.texts(),
                    background(fx), fx.ctx.clock().withZone(fx.ctx.zone()));
            List<Dialog<?>> shown = new CopyOnWriteArrayList<>();
            robot.interact(() -> shown.add(dialogs.formText(stage, fx.caseId)));
            robot.interact(() -> shown.add(dialogs.originals(stage, fx.caseId, "转账未到账")));
            for (Dialog<?> d : shown) {
                check(robot, d);
                robot.interact(d::close);
            }
        }
    }
}
