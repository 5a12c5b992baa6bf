package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The guidance in the whole window: the start-up notice, the due line on the list and header, a fix's navigation. */
@ExtendWith(ApplicationExtension.class)
class GuidanceWindowUiTest {
    @TempDir
    Path dir;
    private Shell shell;
    private Preferences prefs;
    private AppExecutors executors;

    @Start
    void start(Stage stage) {
        Path vault = dir.resolve("vault");
        LocalDate today = LocalDate.now(UiFixture.CLOCK.withZone(UiFixture.ZONE));
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            long id = s.cases().create(new NewCase("Frozen wallet", "WeChat Pay", null, Category.FROZEN_ACCOUNT, "",
                    null, List.of("Unfreeze"), IncidentDate.exact(today.minusDays(25)), today.minusDays(25), 60,
                    List.of(), false)).id();
            // a hotline call 20 days ago, never answered: its 7-day clock ran out 13 days ago
            s.followUps().add(new NewFollowUp(id, UiFixture.CLOCK.instant().minus(java.time.Duration.ofDays(20)),
                    UiFixture.ZONE, Channel.HOTLINE, ContactDirection.OUTGOING, null, null, "asked to unfreeze",
                    null, null));
        }
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        prefs = Preferences.load(dir.resolve("prefs/preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), 1200, 800);
        stage.setScene(scene);
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors,
                w -> CaseTab.built(w.overview(), w.transactions(), w.timeline()));
        shell.open(vault);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.closeSession()).get();
        executors.close();
        prefs.close();
    }

    @Test
    void theOverdueClockIsAnnouncedAtStartAndShownOnTheListAndHeader(FxRobot robot) {
        waitUntil(() -> showsText(robot, "1 deadline has come"));
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith(
                "Frozen wallet: Answer due to the contact via the hotline")).tryQuery()).isPresent();
        waitUntil(() -> robot.lookup("#caseNextDue").queryAs(Label.class).getText()
                .equals("Answer via Hotline: Overdue 13 days"));
        assertThat(robot.lookup(".list-cell .due-overdue").queryAs(Label.class).getText())
                .isEqualTo("Answer via Hotline: Overdue 13 days");
    }

    @Test
    void theReferenceFixOpensTheTimelineWithTheFollowUpDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#fix-REFERENCE").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#fix-REFERENCE").queryButton().fire());
        waitUntil(() -> showsText(robot, "Record a contact with the provider or an authority"));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Timeline");
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != robot.window(0)).forEach(w -> {
            if (w instanceof Stage st && st.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
                st.close();
            }
        }));
    }
}
