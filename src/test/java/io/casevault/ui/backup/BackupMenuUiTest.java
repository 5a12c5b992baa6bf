package io.casevault.ui.backup;

import io.casevault.TestFiles;
import io.casevault.app.AppExecutors;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.app.backup.RestoreService;
import io.casevault.domain.Category;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.shell.CaseTab;
import io.casevault.ui.shell.Shell;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** File → Back up vault… over a real vault: the reminder, the progress window, cancel, and a backup that restores. */
@ExtendWith(ApplicationExtension.class)
class BackupMenuUiTest {
    @TempDir
    Path dir;
    private Shell shell;
    private Preferences prefs;
    private Gate executor;
    private Path target;

    /**
     * The window's one I/O thread, which can be held: while held it waits, and work queues behind it, so the progress
     * window stays up.
     */
    private static final class Gate {
        private final AppExecutors executors = AppExecutors.of(1, 1);
        private CountDownLatch held;

        synchronized void hold() {
            CountDownLatch latch = new CountDownLatch(1);
            held = latch;
            executors.io().execute(() -> {
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        synchronized void release() {
            if (held != null) {
                held.countDown();
                held = null;
            }
        }
    }

    /** Answers every file dialog with the test's target. */
    private final class FixedChoices implements BackupChoices {
        @Override
        public Optional<Path> backupTarget(Window owner, String suggestedName) {
            return Optional.of(target);
        }

        @Override
        public Optional<Path> backupSource(Window owner) {
            return Optional.of(target);
        }

        @Override
        public Optional<Path> restoreFolder(Window owner) {
            return Optional.of(dir.resolve("restored"));
        }

        @Override
        public Optional<Path> bundleTarget(Window owner, String suggestedName) {
            return Optional.of(dir.resolve("case.cvbundle"));
        }

        @Override
        public Optional<Path> bundleSource(Window owner) {
            return Optional.of(dir.resolve("case.cvbundle"));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        target = dir.resolve("out").resolve("vault.cvbackup");
        java.nio.file.Files.createDirectories(target.getParent());
        LocalDate today = LocalDate.now(UiFixture.CLOCK.withZone(UiFixture.ZONE));
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            long id = s.cases().create(new NewCase("Frozen wallet", "WeChat Pay", null, Category.FROZEN_ACCOUNT, "",
                    null, List.of(), null, today, 30, List.of(), false)).id();
            s.evidence().add(id, List.of(TestFiles.png(dir.resolve("a.png"), 80, 60, 1),
                    TestFiles.png(dir.resolve("b.png"), 60, 80, 2)), null, Progress.NONE);
        }
        prefs = Preferences.load(dir.resolve("prefs/preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executor = new Gate();
        Scene scene = new Scene(new StackPane(), 1100, 720);
        stage.setScene(scene);
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executor.executors,
                w -> CaseTab.built(w.overview()));
        shell.useBackupChoices(texts -> new FixedChoices());
        shell.open(vault);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        executor.release();
        WaitForAsyncUtils.asyncFx(() -> shell.closeSession()).get();
        executor.executors.close();
        prefs.close();
    }

    private boolean progressShowing(FxRobot robot) {
        return robot.lookup("#backupProgress").tryQueryAs(ProgressBar.class)
                .filter(b -> b.getScene() != null && b.getScene().getWindow().isShowing()).isPresent();
    }

    @Test
    void backUpShowsProgressThenWritesABackupThatRestores(FxRobot robot) throws Exception {
        waitUntil(() -> showsText(robot, "Time for a backup"));
        executor.hold();
        robot.clickOn("File").clickOn("Back up vault...");
        waitUntil(() -> progressShowing(robot));
        assertThat(target).doesNotExist();

        executor.release();
        waitUntil(() -> showsText(robot, "Backup complete"));
        assertThat(progressShowing(robot)).isFalse();
        assertThat(showsText(robot, "2 originals and the database were saved to " + target + ".")).isTrue();
        var restored = RestoreService.restore(target, dir.resolve("check"), UiFixture.CLOCK, Progress.NONE);
        assertThat(restored.report().ok()).isTrue();
        assertThat(restored.blobs()).isEqualTo(2);
    }

    @Test
    void cancelStopsTheBackupAndLeavesNoFile(FxRobot robot) {
        waitUntil(() -> showsText(robot, "Time for a backup"));
        executor.hold();
        robot.clickOn("File").clickOn("Back up vault...");
        waitUntil(() -> progressShowing(robot));
        robot.clickOn("#cancelBackupButton");
        executor.release();

        waitUntil(() -> showsText(robot, "Cancelled. Nothing was changed."));
        assertThat(progressShowing(robot)).isFalse();
        assertThat(target).doesNotExist();
        assertThat(target.getParent().toFile().list()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private long cases(FxRobot robot) {
        return robot.lookup("#caseList").queryAs(javafx.scene.control.ListView.class).getItems().size();
    }

    @Test
    void exportedBundleImportsAsANewCaseOnlyOnce(FxRobot robot) {
        waitUntil(() -> cases(robot) == 1);
        robot.clickOn("Frozen wallet");
        robot.clickOn("File").clickOn("Export case bundle...");
        waitUntil(() -> showsText(robot, "Case exported"));
        assertThat(dir.resolve("case.cvbundle")).isRegularFile();

        robot.clickOn("File").clickOn("Import case bundle...");
        waitUntil(() -> showsText(robot, "\"Frozen wallet\" is now case 2, with 2 evidence items and its history."));
        waitUntil(() -> cases(robot) == 2);

        robot.clickOn("File").clickOn("Import case bundle...");
        waitUntil(() -> showsText(robot, "This bundle was imported before, as \"Frozen wallet\" (case 2); nothing was "
                + "changed."));
        assertThat(cases(robot)).isEqualTo(2);
    }

    @Test
    void restoreOpensTheRestoredVault(FxRobot robot) {
        waitUntil(() -> cases(robot) == 1);
        robot.clickOn("File").clickOn("Back up vault...");
        waitUntil(() -> showsText(robot, "Backup complete"));

        robot.clickOn("File").clickOn("Restore from backup...");
        waitUntil(() -> showsText(robot, "Backup restored"));
        robot.clickOn("OK");

        Stage stage = (Stage) robot.lookup("#caseList").query().getScene().getWindow();
        waitUntil(() -> stage.getTitle().endsWith("restored"));
        waitUntil(() -> cases(robot) == 1);
        assertThat(dir.resolve("restored").resolve("casevault.db")).isRegularFile();
    }
}
