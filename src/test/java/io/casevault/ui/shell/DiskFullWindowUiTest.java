package io.casevault.ui.shell;

import io.casevault.SmallDisk;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.casevault.ui.UiFixture.showsText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The disk holding the vault fills while the window works (a real, size-limited tmpfs, mounted as root; skipped
 * elsewhere): the action that met it says so in its one sentence, the window goes read-only with a banner instead of
 * failing at every action, and once there is room again "Try again" makes it writable.
 */
@ExtendWith(ApplicationExtension.class)
class DiskFullWindowUiTest {
    @TempDir
    Path dir;
    private Path mountPoint;
    private boolean mounted;
    private ShellFixture window;
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        mountPoint = Files.createDirectories(dir.resolve("disk"));
        mounted = SmallDisk.run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint.toString());
        Path vault = mountPoint.resolve("vault");
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            s.cases().create(new NewCase("Refund never came", "Alipay", null, Category.FUNDS_NOT_RECEIVED,
                    "The refund was promised and never arrived.", null, List.of(),
                    IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30, List.of(), false));
        }
        window = ShellFixture.opening(stage, dir, vault, 1280, 760);
        shell = window.shell;
    }

    @AfterEach
    void close() throws Exception {
        try {
            window.close();
        } finally { // a mount left behind would outlive the test
            if (mounted) {
                SmallDisk.run("umount", "-l", mountPoint.toString());
            }
        }
    }

    @Test
    void anExportThatFillsTheDiskIsExplainedAndTheWindowTurnsReadOnlyUntilThereIsRoomAgain(FxRobot robot)
            throws Exception {
        assumeTrue(mounted, "mounting a tmpfs needs root; the full-disk window test is skipped");
        waitLong(() -> shell.model().loaded().get() && shell.model().selected().isPresent());
        Button newCase = robot.lookup("#newCaseButton").queryAs(Button.class);
        assertThat(newCase.isDisabled()).isFalse();
        assertThat(robot.lookup("#readOnlyBanner").query().isVisible()).isFalse();

        Path filler = mountPoint.resolve("filler.bin");
        fill(filler);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(4));
        TextField field = robot.lookup("#outputField").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText(mountPoint.resolve("dossier.pdf").toString())).get();
        robot.clickOn("#exportButton");

        waitLong(() -> robot.lookup("#readOnlyBanner").query().isVisible());
        assertThat(robot.lookup("#readOnlyText").queryAs(Label.class).getText()).isEqualTo("This vault is read-only: "
                + "the disk holding it is full; free some space, then choose \"Try again\". Export, letters and "
                + "verify still work.");
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText()).as("the export's own sentence")
                .contains("The disk holding " + mountPoint + " is full").contains("no file was written");
        assertThat(newCase.isDisabled()).isTrue();
        assertThat(newCase.getTooltip().getText()).startsWith("This vault is read-only: the disk holding it is full");
        assertThat(mountPoint.resolve("dossier.pdf")).doesNotExist();

        Button again = robot.lookup("#readOnlyRetry").queryAs(Button.class);
        assertThat(again.isVisible()).isTrue();
        robot.clickOn(again); // still full: it stays read-only
        waitLong(() -> showsText(robot, "The disk holding the vault is still full."));
        assertThat(newCase.isDisabled()).isTrue();

        Files.delete(filler);
        robot.clickOn(again);
        waitLong(() -> !robot.lookup("#readOnlyBanner").query().isVisible());
        assertThat(newCase.isDisabled()).isFalse();
    }

    /** Writes until the disk refuses more. */
    private static void fill(Path filler) throws Exception {
        byte[] block = new byte[1 << 16];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (java.io.IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
    }

    private static void waitLong(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
    }
}
