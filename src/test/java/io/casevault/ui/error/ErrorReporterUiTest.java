package io.casevault.ui.error;

import io.casevault.app.AppExecutors;
import io.casevault.ui.common.Bundles;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import static io.casevault.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** An error nothing caught, on the FX thread or another, shows a dialog whose details can be copied. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterUiTest {
    private static final Path LOGS = Path.of("/home/someone/.local/state/casevault/logs");
    private ErrorReporter reporter;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        reporter = ErrorReporter.install(() -> Bundles.load(Locale.ENGLISH), () -> stage, LOGS);
    }

    @AfterEach
    void uninstall(FxRobot robot) {
        robot.interact(() -> {
            reporter.uninstall();
            new ArrayList<>(Window.getWindows()).forEach(Window::hide);
        });
    }

    private static DialogPane errorDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        return robot.lookup("#error-dialog").queryAs(DialogPane.class);
    }

    private static String message(FxRobot robot) {
        errorDialog(robot);
        return robot.lookup("#error-message").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void anErrorOnTheFxThreadShowsItsMessageAndCopiesItsDetails(FxRobot robot) {
        Platform.runLater(() -> {
            throw new IllegalStateException("the ledger broke");
        });

        DialogPane dialog = errorDialog(robot);
        assertThat(message(robot)).startsWith("the ledger broke").contains(LOGS.toString());
        robot.clickOn("#error-copy");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).contains("java.lang.IllegalStateException: the ledger broke")
                .contains("Thread: JavaFX Application Thread").contains("CaseVault ");
        assertThat(robot.lookup("#error-copy").queryAs(Button.class).getText()).isEqualTo("Copied");
        assertThat(dialog.getScene().getWindow().isShowing()).as("copying keeps the dialog open").isTrue();
    }

    @Test
    void theDetailsOpenAndCloseInTheAppsLanguage(FxRobot robot) {
        Platform.runLater(() -> {
            throw new IllegalStateException("the ledger broke");
        });
        DialogPane dialog = errorDialog(robot);
        assertThat(robot.lookup("#error-toggle-details").queryAs(Hyperlink.class).getText()).isEqualTo("Show details");

        robot.clickOn("#error-toggle-details");
        waitUntil(dialog::isExpanded);

        assertThat(robot.lookup("#error-toggle-details").queryAs(Hyperlink.class).getText()).isEqualTo("Hide details");
        assertThat(robot.lookup("#error-details").queryAs(TextArea.class).isVisible()).isTrue();
        assertThat(robot.lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Copy details", "Close");
    }

    @Test
    void anErrorOnAnotherThreadShowsTheInnermostMessage(FxRobot robot) throws InterruptedException {
        Thread worker = new Thread(() -> {
            throw new RuntimeException(new java.io.IOException("the disk was unplugged"));
        }, "import-worker");
        worker.start();
        worker.join();

        assertThat(message(robot)).startsWith("the disk was unplugged");
        assertThat(robot.lookup("#error-details").queryAs(TextArea.class).getText())
                .contains("Thread: import-worker").contains("Caused by: java.io.IOException");
    }

    @Test
    void aFailureInBackgroundWorkIsReportedNotLost(FxRobot robot) {
        AppExecutors executors = AppExecutors.of(1, 1);
        try {
            executors.io().submit(() -> {
                throw new IllegalArgumentException("row 12 has no amount");
            });
            assertThat(message(robot)).startsWith("row 12 has no amount");
        } finally {
            executors.close();
        }
    }

    @Test
    void furtherErrorsJoinTheOpenDialog(FxRobot robot) {
        Platform.runLater(() -> {
            throw new IllegalStateException("first");
        });
        errorDialog(robot);
        Platform.runLater(() -> {
            throw new IllegalStateException("second");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#error-dialog").queryAll()).hasSize(1);
        assertThat(message(robot)).startsWith("first").contains("1 more error");
        assertThat(robot.lookup("#error-details").queryAs(TextArea.class).getText())
                .contains("IllegalStateException: first").contains("IllegalStateException: second");
    }
}
