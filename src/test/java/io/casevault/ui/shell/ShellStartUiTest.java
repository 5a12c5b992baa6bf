package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start order: the window is up before the vault has opened and the fonts have loaded, its content comes when
 * both are ready, already listing the cases (read with the vault), and the case tabs other than the visible one are
 * built only after the first frame that shows the cases.
 */
@ExtendWith(ApplicationExtension.class)
class ShellStartUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Scene scene;
    private Shell shell;
    private Preferences prefs;
    private AppExecutors executors;
    private final CompletableFuture<Void> fontsLoaded = new CompletableFuture<>();
    /** Per window built, whether its views were built on the FX thread. */
    private final List<Boolean> builtOnFxThread = new CopyOnWriteArrayList<>();
    /** Per overview view built (the shown tab's), whether on the FX thread. */
    private final List<Boolean> overviewBuiltOnFxThread = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (VaultSession s = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK)) {
            s.cases().create(new NewCase("Frozen wallet", "WeChat Pay", null, Category.FROZEN_ACCOUNT,
                    "The wallet was frozen without notice.", null, List.of(), IncidentDate.exact(UiFixture.TODAY),
                    UiFixture.TODAY, 30, List.of(), false));
        }
        prefs = Preferences.load(dir.resolve("preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        scene = new Scene(new StackPane(), 1100, 720);
        stage.setScene(scene);
        stage.sizeToScene();
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors, window -> {
            builtOnFxThread.add(Platform.isFxApplicationThread());
            List<CaseTab<?>> tabs = new ArrayList<>(window.standardTabs());
            tabs.set(0, new CaseTab<>("overview.tab", CaseView.class, () -> {
                overviewBuiltOnFxThread.add(Platform.isFxApplicationThread());
                return window.overview();
            }));
            return tabs;
        });
        shell.openInBackground(dir.resolve("vault"), fontsLoaded);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get();
        executors.close();
        prefs.close();
    }

    /** The background opening of the vault has run (the only task given to the I/O threads before the content). */
    private boolean vaultOpened() {
        ThreadPoolExecutor io = (ThreadPoolExecutor) executors.io();
        return io.getCompletedTaskCount() >= 1 && io.getActiveCount() == 0;
    }

    @Test
    void theWindowShowsBeforeItsContentWhichComesWhenTheFontsAreThere(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("CaseVault — vault");
        waitUntil(this::vaultOpened); // the content still waits for the fonts
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tabs").tryQuery()).isEmpty();

        fontsLoaded.complete(null);

        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        assertThat(prefs.lastVault()).contains(dir.resolve("vault").toAbsolutePath().normalize());
    }

    @Test
    void theShownTabsViewFollowsTheFirstFrameWithTheCasesAndTheOthersComeOnlyAfterIt(FxRobot robot) {
        // which tabs have their view at each frame, up to the first that shows the cases in the list, then up to the
        // first that shows the shown tab's view
        List<List<Boolean>> builtPerFrame = new ArrayList<>();
        AtomicInteger casesShownAt = new AtomicInteger(-1);
        AtomicBoolean shownTabShown = new AtomicBoolean();
        robot.interact(() -> scene.addPostLayoutPulseListener(() -> {
            if (shownTabShown.get() || !(scene.lookup("#tabs") instanceof TabPane tabs)) {
                return;
            }
            List<Boolean> built = tabs.getTabs().stream().map(t -> t.getContent() != null).toList();
            builtPerFrame.add(built);
            if (casesShownAt.get() < 0 && scene.lookup("#caseList") instanceof ListView<?> list
                    && !list.getItems().isEmpty()) {
                casesShownAt.set(builtPerFrame.size() - 1);
            }
            shownTabShown.set(built.get(0));
        }));
        fontsLoaded.complete(null);
        waitUntil(shownTabShown::get);

        // the first frame with the cases styles and lays out the case list alone, the shown tab's view comes next
        assertThat(casesShownAt.get()).isNotNegative();
        assertThat(builtPerFrame.subList(0, casesShownAt.get() + 1)).allSatisfy(built -> assertThat(built)
                .containsOnly(false));
        assertThat(builtPerFrame.get(builtPerFrame.size() - 1)).containsExactly(true, false, false, false, false);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().stream().allMatch(t -> t.getContent() != null));
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(tabs.getTabs().get(3).getContent().lookup("#logButton")).isNotNull(); // the timeline's, unshown
    }

    /** Lets the first vault show, then makes a second one, "other", with one case (its facts: "Still waiting."). */
    private void showFirstVaultThenMakeAnother(FxRobot robot) {
        fontsLoaded.complete(null);
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));
        try (VaultSession other = VaultSession.create(dir.resolve("other"), UiFixture.CLOCK)) {
            other.cases().create(new NewCase("Refund never came", "Alipay", null, Category.FROZEN_ACCOUNT,
                    "Still waiting.", null, List.of(), IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30,
                    List.of(), false));
        }
    }

    @Test
    void aVaultOpenedBeforeTheShellAskedForItIsStillBuiltOffTheFxThread(FxRobot robot) throws Exception {
        showFirstVaultThenMakeAnother(robot);
        // opened already when the shell is given it, as when the vault opens before the toolkit has started
        VaultOpening.Pending opened = VaultOpening.inBackground(dir.resolve("other"), UiFixture.CLOCK,
                UiFixture.ZONE, executors);
        opened.withCases().get(10, TimeUnit.SECONDS);

        robot.interact(() -> shell.showWhenOpened(dir.resolve("other"), opened, CompletableFuture.completedFuture(
                null)));

        waitUntil(() -> showsText(robot, "Still waiting."));
        assertThat(builtOnFxThread).containsExactly(false, false);
    }

    @Test
    void theWindowIsBuiltWhileTheCasesAreStillBeingRead(FxRobot robot) throws Exception {
        showFirstVaultThenMakeAnother(robot);
        VaultOpening open = VaultOpening.attempt(dir.resolve("other"), UiFixture.CLOCK, executors);
        CompletableFuture<VaultOpening> casesRead = new CompletableFuture<>();

        robot.interact(() -> shell.showWhenOpened(dir.resolve("other"), new VaultOpening.Pending(
                CompletableFuture.completedFuture(open), casesRead), CompletableFuture.completedFuture(null)));

        // the cases are not read yet: the window and its shown tab are built all the same, off the FX thread
        waitUntil(() -> overviewBuiltOnFxThread.size() == 2);
        assertThat(builtOnFxThread).containsExactly(false, false);
        assertThat(overviewBuiltOnFxThread).containsExactly(false, false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showsText(robot, "Still waiting.")).as("shown only with its cases").isFalse();

        casesRead.complete(VaultOpening.casesOf(CompletableFuture.completedFuture(open), UiFixture.CLOCK,
                UiFixture.ZONE, executors).withCases().get(10, TimeUnit.SECONDS));

        waitUntil(() -> showsText(robot, "Still waiting."));
        assertThat(builtOnFxThread).containsExactly(false, false);
    }

    @Test
    void theFirstFrameWithTheWindowsContentAlreadyListsTheCases(FxRobot robot) {
        // per frame that has the window's content: whether its case list holds the cases
        List<Boolean> listedPerFrame = new ArrayList<>();
        robot.interact(() -> scene.addPostLayoutPulseListener(() -> {
            if (scene.lookup("#caseList") instanceof ListView<?> list) {
                listedPerFrame.add(!list.getItems().isEmpty());
            }
        }));
        fontsLoaded.complete(null);
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));

        assertThat(listedPerFrame).isNotEmpty().first().isEqualTo(true);
        assertThat(robot.lookup("#caseList").queryListView().getItems()).hasSize(1);
    }

    @Test
    void theWindowsViewsAreBuiltOffTheFxThreadWhichOnlyShowsThem(FxRobot robot) {
        fontsLoaded.complete(null);
        waitUntil(() -> showsText(robot, "The wallet was frozen without notice."));

        assertThat(builtOnFxThread).containsExactly(false);
        assertThat(overviewBuiltOnFxThread).containsExactly(false);
        assertThat(robot.lookup("#caseList").queryListView().getItems()).hasSize(1);
    }

    @Test
    void aVaultStillOpeningWhenTheWindowClosesIsClosedNotShown() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get();
        fontsLoaded.complete(null);
        waitUntil(this::vaultOpened);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scene.getRoot().lookup("#tabs")).isNull();
        // the lock is free again: another session can open the vault for writing
        waitUntil(() -> {
            try (VaultSession again = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK)) {
                return again.isWritable();
            } catch (RuntimeException locked) {
                return false;
            }
        });
    }
}
