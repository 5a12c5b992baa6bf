package io.casevault.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A vault in a synchronised folder (found by the folder's name) is warned about once, under the menus. */
@ExtendWith(ApplicationExtension.class)
class SyncFolderNoticeUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;

    @Start
    void start(Stage stage) {
        window = new ShellFixture(stage, dir.resolve("Dropbox"), 1100, 720, "Frozen wallet");
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aVaultInADropboxFolderGetsOneWarningWithTheAdviceToKeepItLocal(FxRobot robot) {
        String warning = "The vault " + dir.resolve("Dropbox/vault").toAbsolutePath().normalize() + " is in a network "
                + "or synchronised folder (Dropbox), where its database can be damaged; keep the vault on a local disk "
                + "and sync or copy its backups instead";
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        waitUntil(() -> showsText(robot, warning));
        assertThat(robot.lookup("#noticeBar").lookup((Node n) -> n instanceof Labeled l
                && warning.equals(l.getText())).queryAll()).hasSize(1);
        assertThat(showsText(robot, "Synchronised folder")).isTrue();
    }
}
