package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A vault another process holds gives a sentence and a way out, not a crash. */
@ExtendWith(ApplicationExtension.class)
class VaultLockedUiTest {
    @TempDir
    Path dir;
    private VaultSession holder;
    private Preferences prefs;
    private AppExecutors executors;
    private boolean opened;

    @Start
    void start(Stage stage) {
        holder = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK);
        prefs = Preferences.load(dir.resolve("preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), 900, 600);
        stage.setScene(scene);
        Shell shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors,
                w -> List.of());
        opened = shell.open(dir.resolve("vault"));
        stage.show();
    }

    @AfterEach
    void close() {
        executors.close();
        holder.close();
        prefs.close();
    }

    @Test
    void aVaultInUseElsewhereIsExplained(FxRobot robot) {
        assertThat(opened).isFalse();
        waitUntil(() -> showsText(robot, "The vault cannot be opened"));
        assertThat(showsText(robot, "This vault is in use by another CaseVault (a window or the command line). "
                + "Close it first, or open another vault.")).isTrue();
        assertThat(showsText(robot, "Open vault...")).isTrue();
    }
}
