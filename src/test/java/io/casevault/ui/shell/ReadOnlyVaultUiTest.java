package io.casevault.ui.shell;

import io.casevault.SmallDisk;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Reason;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.WriteAccess;
import io.casevault.vault.VaultReadOnlyException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A vault on a read-only disk (as root, who ignores permissions: a read-only bind mount; elsewhere a folder without
 * write permission) opens in the window with a banner saying so; every action that would change it is disabled with
 * that sentence as its tooltip, and exporting the dossier still works.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyVaultUiTest {
    static final String BANNER = "This vault is read-only: its folder or disk cannot be written (a read-only disk, "
            + "a DVD, another user's folder); changes need a writable copy. Export, letters and verify still work.";
    @TempDir
    Path dir;
    private Path vault;
    private Path readOnly;
    private boolean mounted;
    private boolean unwritable;
    private ShellFixture window;
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        vault = dir.resolve("vault");
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            long id = s.cases().create(new NewCase("Frozen on a backup disk", "WeChat Pay", null,
                    Category.FROZEN_ACCOUNT, "The wallet was frozen without notice.", null, List.of(),
                    IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30, List.of(), false)).id();
            s.transactions().add(new NewTransaction(id, UiFixture.NOW, UiFixture.ZONE, Money.parse("88.00", "CNY"),
                    Direction.OUT, "Shop", "T-1", null, "Balance", "Success", null, TransactionSource.MANUAL));
        }
        if ("root".equals(System.getProperty("user.name"))) {
            readOnly = Files.createDirectories(dir.resolve("ro"));
            mounted = SmallDisk.run("mount", "--bind", vault.toString(), readOnly.toString())
                    && SmallDisk.run("mount", "-o", "remount,ro,bind", readOnly.toString());
        } else {
            readOnly = vault;
            mounted = vault.toFile().setWritable(false, false)
                    && vault.resolve("casevault.db").toFile().setWritable(false, false);
        }
        unwritable = mounted && !Files.isWritable(readOnly);
        window = ShellFixture.opening(stage, dir, readOnly, 1280, 760);
        shell = window.shell;
    }

    @AfterEach
    void close() throws Exception {
        try {
            window.close();
        } finally { // a mount left behind would outlive the test
            if (mounted && !readOnly.equals(vault)) {
                SmallDisk.run("umount", "-l", readOnly.toString());
            }
            vault.toFile().setWritable(true, true);
            vault.resolve("casevault.db").toFile().setWritable(true, true);
        }
    }

    @Test
    void theWindowSaysTheVaultIsReadOnlyAndDisablesEveryActionThatWouldChangeIt(FxRobot robot) {
        assumeTrue(unwritable, "a read-only vault cannot be made here; the read-only window test is skipped");
        waitUntil(() -> shell.model().loaded().get() && shell.model().selected().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Node banner = robot.lookup("#readOnlyBanner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#readOnlyText").queryAs(Label.class).getText()).isEqualTo(BANNER);
        assertThat(robot.lookup("#readOnlyRetry").query().isVisible()).as("nothing to try again").isFalse();

        // every tab shown once, so each view is built (they are built when first shown) and its actions guarded
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (int i = tabs.getTabs().size() - 1; i >= 0; i--) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
        }
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> guarded = robot.lookup("." + WriteAccess.STYLE_CLASS).queryAll();
        assertThat(guarded).hasSizeGreaterThanOrEqualTo(12).allMatch(Node::isDisabled);
        Button newCase = robot.lookup("#newCaseButton").queryAs(Button.class);
        assertThat(newCase.isDisabled()).isTrue();
        assertThat(newCase.getTooltip().getText()).isEqualTo(BANNER);
        assertThat(robot.lookup("#reviewSuggestions").query().isDisabled()).isTrue();
        assertThat(robot.lookup(".redaction-toggle").query().isDisabled()).as("the viewer's Redact").isTrue();
        List<MenuItem> file = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems();
        assertThat(file).filteredOn(i -> i.getText() != null && (i.getText().startsWith("New case")
                || i.getText().startsWith("Import case bundle"))).hasSize(2).allMatch(MenuItem::isDisable);
        assertThat(robot.lookup("#letterButton").query().isDisabled()).as("letters still work").isFalse();

        // the services refuse as well, in the sentence that says why
        assertThatThrownBy(() -> shell.session().cases().create(new NewCase("New", "PayPal", null, Category.OTHER,
                "", null, List.of(), IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30, List.of(), false)))
                .isInstanceOf(VaultReadOnlyException.class)
                .extracting(e -> ((VaultReadOnlyException) e).reason()).extracting(Reason::key)
                .isEqualTo("vault.readOnly");
    }

    @Test
    void theDossierOfACaseInAReadOnlyVaultIsExported(FxRobot robot) throws Exception {
        assumeTrue(unwritable, "a read-only vault cannot be made here; the read-only window test is skipped");
        waitUntil(() -> shell.model().loaded().get() && shell.model().selected().isPresent());
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(4));
        Path out = dir.resolve("dossier.pdf");
        TextField field = robot.lookup("#outputField").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText(out.toString())).get();
        Button export = robot.lookup("#exportButton").queryAs(Button.class);
        assertThat(export.isDisabled()).isFalse();
        robot.clickOn(export);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#exportResultPane").query().isVisible()).get());
        assertThat(out).isNotEmptyFile();
        assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }
}
