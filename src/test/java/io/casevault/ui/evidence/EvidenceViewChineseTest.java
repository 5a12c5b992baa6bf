package io.casevault.ui.evidence;

import io.casevault.TestFiles;
import io.casevault.ui.UiFixture;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** In the Chinese interface, the reasons a file was refused are Chinese too, not the services' English. */
@ExtendWith(ApplicationExtension.class)
class EvidenceViewChineseTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private EvidenceView view;

    @Start
    void start(Stage stage) throws IOException {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.SIMPLIFIED_CHINESE);
        view = new EvidenceView(fx.ctx);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 800));
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void refusedFilesAreExplainedInChinese(FxRobot robot) throws Exception {
        Path good = TestFiles.png(tmp.resolve("zh/good.png"), 30, 30, 4);
        Path broken = TestFiles.truncated(good, tmp.resolve("zh/broken.png"), 40);
        Path text = Files.writeString(tmp.resolve("zh/note.png"), "这不是图片，只是文字。");
        Path missing = tmp.resolve("zh/gone.png");

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(broken.toFile(), text.toFile(), missing.toFile()));
            Clipboard board = Clipboard.getSystemClipboard();
            board.setContent(content);
            view.accept(Transfer.of(board));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fx.notifier.messages.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        var message = fx.notifier.messages.get(0);
        assertThat(message.error()).isTrue();
        assertThat(message.text())
                .contains("broken.png: PNG 数据不完整")
                .contains("note.png: 文件名像图片（.png），但内容是 text/plain 数据，不是图片。")
                .contains("gone.png: 文件不存在。")
                .doesNotContain("truncated", "does not exist", "named like");
        assertThat(view.items()).isEmpty();
    }
}
