package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.PasteTarget;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The main window over a real vault: the case list, the new-case dialog, deadline badges and the language switch. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    @TempDir
    Path dir;
    private Shell shell;
    private Preferences prefs;
    private AppExecutors executors;
    private PasteRecorder pasteView;

    /** A stand-in for the evidence view: a case view that takes pastes and counts them. */
    private static final class PasteRecorder implements CaseView, PasteTarget {
        private final AtomicInteger pastes = new AtomicInteger();
        private final Label root = new Label("evidence stand-in");

        @Override
        public String titleKey() {
            return "overview.tab";
        }

        @Override
        public javafx.scene.Node root() {
            return root;
        }

        @Override
        public void showCase(long caseId) {
        }

        @Override
        public void paste() {
            pastes.incrementAndGet();
        }
    }

    @Start
    void start(Stage stage) {
        Path vault = dir.resolve("vault");
        LocalDate today = LocalDate.now(UiFixture.CLOCK.withZone(UiFixture.ZONE));
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            s.cases().create(new NewCase("Frozen wallet", "WeChat Pay", null, Category.FROZEN_ACCOUNT, "", null,
                    List.of(), IncidentDate.exact(today.minusDays(100)), today.minusDays(100), 30, List.of(), false));
        }
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        pasteView = new PasteRecorder();
        prefs = Preferences.load(dir.resolve("prefs/preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), 1100, 720);
        stage.setScene(scene);
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors,
                w -> CaseTab.built(w.overview(), w.transactions(), pasteView));
        shell.open(vault);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.closeSession()).get();
        executors.close();
        prefs.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<CaseSummary> caseList(FxRobot robot) {
        return robot.lookup("#caseList").queryAs(ListView.class);
    }

    private boolean listHas(FxRobot robot, String title) {
        return caseList(robot).getItems().stream().anyMatch(s -> s.theCase().title().equals(title));
    }

    @Test
    void creatingACaseThroughTheDialogShowsItInTheList(FxRobot robot) {
        waitUntil(() -> listHas(robot, "Frozen wallet"));
        robot.clickOn("#newCaseButton");
        waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
        assertThat(robot.lookup("#saveCaseButton").query().isDisabled()).as("OK before anything is typed").isTrue();
        robot.clickOn("#titleField").write("Refund never arrived");
        ComboBox<?> provider = robot.lookup("#providerField").queryAs(ComboBox.class);
        robot.clickOn(provider.getEditor()).write("PayPal");
        robot.clickOn("#amountField").write("-5");
        assertThat(robot.lookup("#saveCaseButton").query().isDisabled()).as("OK with a negative amount").isTrue();
        assertThat(showsText(robot, "The amount must not be negative.")).isTrue();
        robot.doubleClickOn("#amountField").eraseText(2).write("49.90");
        waitUntil(() -> !robot.lookup("#saveCaseButton").query().isDisabled());
        robot.clickOn("#saveCaseButton");

        waitUntil(() -> listHas(robot, "Refund never arrived"));
        waitUntil(() -> showsText(robot, "49.90 CNY"));
        assertThat(caseList(robot).getSelectionModel().getSelectedItem().theCase().provider()).isEqualTo("PayPal");
    }

    @Test
    void switchingToChineseRelabelsTheWindowAndIsRemembered(FxRobot robot) {
        waitUntil(() -> listHas(robot, "Frozen wallet"));
        assertThat(showsText(robot, "Cases")).isTrue();
        robot.clickOn("View").clickOn("Language").clickOn("中文");

        waitUntil(() -> showsText(robot, "案件"));
        waitUntil(() -> showsText(robot, "已逾期 70 天"));
        assertThat(showsText(robot, "新建案件")).isTrue();
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getText).containsExactly("概览", "交易记录", "概览");
        assertThat(prefs.language()).isEqualTo(Language.CHINESE);
    }

    @Test
    void ctrlVForwardsPasteEvidenceToTheViewThatTakesIt(FxRobot robot) {
        waitUntil(() -> listHas(robot, "Frozen wallet"));
        robot.clickOn("Frozen wallet");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> pasteView.pastes.get() == 1);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).as("the pasting view comes to the front").isEqualTo(2);
    }

    @Test
    void openingAnotherVaultShowsItsCasesReleasesTheFirstAndIsRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> listHas(robot, "Frozen wallet"));
        Path other = dir.resolve("other-vault");
        LocalDate today = LocalDate.now(UiFixture.CLOCK.withZone(UiFixture.ZONE));
        try (VaultSession s = VaultSession.create(other, UiFixture.CLOCK)) {
            s.cases().create(new NewCase("Stolen account", "Alipay", null, Category.ACCOUNT_STOLEN, "", null,
                    List.of(), IncidentDate.exact(today), today, 30, List.of(), false));
        }

        // File → Open vault… hands the chosen folder to the shell (a native folder chooser cannot run headless)
        boolean opened = WaitForAsyncUtils.asyncFx(() -> shell.open(other)).get();

        assertThat(opened).isTrue();
        waitUntil(() -> listHas(robot, "Stolen account"));
        assertThat(listHas(robot, "Frozen wallet")).isFalse();
        assertThat(prefs.lastVault()).contains(other.toAbsolutePath().normalize());
        try (VaultSession first = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK)) {
            assertThat(first.cases().list(today)).as("the first vault is unlocked for others").hasSize(1);
        }
    }

    @Test
    void aVaultInUseElsewhereIsReportedAndTheCurrentOneStaysOpen(FxRobot robot) throws Exception {
        waitUntil(() -> listHas(robot, "Frozen wallet"));
        Path busy = dir.resolve("busy-vault");
        try (VaultSession holder = VaultSession.create(busy, UiFixture.CLOCK)) {
            boolean opened = WaitForAsyncUtils.asyncFx(() -> shell.open(busy)).get();
            assertThat(opened).isFalse();
            waitUntil(() -> showsText(robot, "The vault cannot be opened"));
            assertThat(listHas(robot, "Frozen wallet")).isTrue();
        }
    }

    @Test
    void searchingFindsACaseByTheReferenceNumberOfOneOfItsPayments(FxRobot robot) throws Exception {
        waitUntil(() -> listHas(robot, "Frozen wallet"));
        LocalDate today = LocalDate.now(UiFixture.CLOCK.withZone(UiFixture.ZONE));
        long other = WaitForAsyncUtils.asyncFx(() -> shell.session()).get().cases().create(new NewCase(
                "Refund missing", "PayPal", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
                IncidentDate.exact(today), today, 30, List.of(), false)).id();
        WaitForAsyncUtils.asyncFx(() -> shell.session()).get().transactions().add(new io.casevault.domain
                .NewTransaction(other, UiFixture.CLOCK.instant(), UiFixture.ZONE,
                io.casevault.domain.Money.parse("49.90", "EUR"), io.casevault.domain.Direction.OUT,
                "Amazon Marketplace", "9XK12345AB678901C", null, null, null, null,
                io.casevault.domain.TransactionSource.MANUAL));
        robot.interact(() -> model().reload(null));
        waitUntil(() -> listHas(robot, "Refund missing"));

        robot.clickOn("Frozen wallet");
        waitUntil(() -> model().selected().map(c -> c.theCase().title().equals("Frozen wallet")).orElse(false));

        robot.clickOn("#search").write("AB678901");

        waitUntil(() -> caseList(robot).getItems().size() == 1 && listHas(robot, "Refund missing"));
        waitUntil(() -> showsText(robot, "1 matching transaction"));
        waitUntil(() -> model().selected().map(c -> c.theCase().title().equals("Refund missing")).orElse(false));
        robot.eraseText(8).write("Frozen");
        waitUntil(() -> caseList(robot).getItems().size() == 1 && listHas(robot, "Frozen wallet"));
        // the payment search for the new text has answered (no payment matches it) before the vault closes
        waitUntil(() -> model().transactionMatches().get().isEmpty());
        assertThat(showsText(robot, "1 matching transaction")).isFalse();
    }

    private CaseListViewModel model() {
        return shell.model();
    }
}
