package io.casevault.ui.cases;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.shell.StatusBarViewModel;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview alone: facts shown, a status change recorded in the history, the edit dialog. */
@ExtendWith(ApplicationExtension.class)
class OverviewViewUiTest {
    // one vault for the class: each test makes and shows its own case
    @TempDir
    static Path dir;
    private static VaultSession session;
    private static AppExecutors executors;
    private StatusBarViewModel status;
    private OverviewController view;
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openVault() {
        session = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK);
        executors = UiFixture.executors();
    }

    @AfterAll
    static void closeVault() {
        executors.close();
        session.close();
    }

    @Start
    void start(Stage stage) {
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        status = new StatusBarViewModel();
        UiContext ctx = new UiContext(session, Bundles.load(Locale.ENGLISH), executors.io(), UiFixture.CLOCK,
                UiFixture.ZONE, status, status);
        view = UiFixture.overview(ctx, executors, new CaseChanges() {
            @Override
            public void caseChanged(long id) {
                events.add("changed " + id);
                view.showCase(id);
            }

            @Override
            public void caseRemoved(long id) {
                events.add("removed " + id);
            }

            @Override
            public void caseAdded(long id) {
                events.add("added " + id);
            }
        });
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 900, 700);
        Appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Case create(boolean sample) {
        LocalDate day = LocalDate.of(2026, 11, 10);
        return session.cases().create(new NewCase("Wallet frozen", "WeChat Pay", "6222000011112222",
                Category.FROZEN_ACCOUNT, "The wallet was frozen without notice.", Money.parse("300", "CNY"),
                List.of("Unfreeze the account"), IncidentDate.exact(day), day, 30, List.of(), sample));
    }

    private void show(Case c) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.showCase(c.id())).get();
        waitUntil(() -> showsText(robot(), "The wallet was frozen without notice."));
    }

    private FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void showsTheFactsAndRecordsAStatusChange(FxRobot robot) throws Exception {
        Case c = create(false);
        show(c);
        assertThat(showsText(robot, "300.00 CNY")).isTrue();
        assertThat(showsText(robot, "Dec 10, 2026 (15 days left)")).isTrue();
        assertThat(showsText(robot, "• Unfreeze the account")).isTrue();
        assertThat(showsText(robot, "************2222")).isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> box = robot.lookup("#statusField").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> box.setValue(CaseStatus.SUBMITTED)).get();
        // the guidance above the facts pushes the status row below the fold: scroll down as a user would
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ScrollPane) view.root()).setVvalue(1.0)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#statusNote").write("Ticket 8812");
        robot.clickOn("#statusButton");
        waitUntil(() -> session.cases().get(c.id()).status() == CaseStatus.SUBMITTED);
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().endsWith("Draft → Submitted — Ticket 8812")).tryQuery().isPresent());
        assertThat(events).contains("changed " + c.id());
    }

    @Test
    void editingReusesTheDialogAndSavesTheChange(FxRobot robot) throws Exception {
        Case c = create(false);
        show(c);
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
        assertThat(robot.lookup("#titleField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Wallet frozen");
        robot.clickOn("#titleField").press(javafx.scene.input.KeyCode.END).release(javafx.scene.input.KeyCode.END)
                .write(" for 30 days");
        robot.clickOn("#saveCaseButton");
        waitUntil(() -> session.cases().get(c.id()).title().equals("Wallet frozen for 30 days"));
        assertThat(session.cases().get(c.id()).demands()).containsExactly("Unfreeze the account");
        assertThat(events).contains("changed " + c.id());
    }
}
