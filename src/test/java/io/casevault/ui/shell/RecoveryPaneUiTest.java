package io.casevault.ui.shell;

import io.casevault.TestFiles;
import io.casevault.VaultDamage;
import io.casevault.app.AppExecutors;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A vault whose database is damaged opens a recovery pane, and recovering from it opens the new vault. */
@ExtendWith(ApplicationExtension.class)
class RecoveryPaneUiTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private AppExecutors executors;
    private Shell shell;
    private boolean opened;
    private Path damaged;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            for (String title : List.of("冻结的钱包", "Refund never arrived")) {
                long id = s.cases().create(new NewCase(title, "WeChat Pay", null, Category.FROZEN_ACCOUNT,
                        "Facts.", null, List.of(), IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30,
                        List.of(), false)).id();
                s.evidence().add(id, List.of(TestFiles.png(dir.resolve(title.length() + ".png"), 24, 24, id)),
                        null, Progress.NONE);
            }
            s.backups().backup(dir.resolve("backup.cvbackup"), Progress.NONE);
        }
        damaged = VaultDamage.damagedCopy(vault, dir.resolve("damaged"), VaultDamage.Damage.SCHEMA_PAGE);
        prefs = Preferences.load(dir.resolve("preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), 1000, 760);
        stage.setScene(scene);
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors, WindowWiring::standardTabs);
        shell.useRecoveryChoices((owner, title) -> Optional.of(dir.resolve("recovered")));
        opened = shell.open(damaged);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::closeSession).get();
        executors.close();
        prefs.close();
    }

    @Test
    void theDamageIsSaidInOneSentenceWithBothWaysOut(FxRobot robot) {
        assertThat(opened).isFalse();
        waitUntil(() -> showsText(robot, "This vault's database is damaged"));
        String sentence = robot.lookup("#recoverySentence").queryAs(Labeled.class).getText();
        assertThat(sentence).startsWith("The database of the vault " + damaged + " is damaged (")
                .contains("your originals are separate files");
        assertThat(showsText(robot, "Recover into a new vault...")).isTrue();
        waitUntil(() -> showsText(robot, "Restore a backup..."));
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("A backup of this vault is at"))).isTrue();
    }

    @Test
    void recoveringBuildsANewVaultAndOpensItWithTheCases(FxRobot robot) throws Exception {
        waitUntil(() -> showsText(robot, "Recover into a new vault..."));
        robot.clickOn("Recover into a new vault...");
        waitUntil(() -> showsText(robot, "Open the new vault"));
        String result = robot.lookup("#recoveryResult").queryAs(Labeled.class).getText();
        assertThat(result).startsWith("Recovered 2 case(s), 0 transaction(s), 2 evidence row(s)");
        assertThat(Files.isRegularFile(dir.resolve("recovered/casevault.db"))).isTrue();

        robot.clickOn("Open the new vault");
        waitUntil(() -> showsText(robot, "Refund never arrived") && showsText(robot, "冻结的钱包"));
        assertThat(shell.session().dir()).isEqualTo(dir.resolve("recovered").toAbsolutePath().normalize());
    }
}
