package io.casevault.ui.shell;

import io.casevault.app.AddOutcome;
import io.casevault.app.CaseSummary;
import io.casevault.app.Progress;
import io.casevault.TestFiles;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.evidence.EvidenceController;
import io.casevault.domain.Case;
import io.casevault.ui.prefs.Language;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Switching the language builds the window again where the user was: same case, same tab, same list width. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsPlaceUiTest {
    /** Enough cases that the list scrolls at this window size. */
    private static final int CASES = 40;
    @TempDir
    Path dir;
    private ShellFixture window;
    private Shell shell;
    private Case second;
    private List<Long> exhibits;

    @Start
    void start(Stage stage) {
        String[] titles = new String[CASES];
        titles[0] = "Frozen wallet";
        titles[1] = "Refund never came";
        for (int i = 2; i < CASES; i++) {
            titles[i] = "Transfer " + i + " never arrived";
        }
        window = new ShellFixture(stage, dir, 1280, 760, (session, cases) -> {
            try {
                List<Path> files = List.of(TestFiles.png(dir.resolve("in/a.png"), 40, 40, 1),
                        TestFiles.png(dir.resolve("in/b.png"), 40, 40, 2),
                        TestFiles.png(dir.resolve("in/c.png"), 40, 40, 3));
                exhibits = session.evidence().add(cases.get(1).id(), files, "", Progress.NONE).stream()
                        .map(o -> ((AddOutcome.Added) o).evidence().id()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, titles);
        shell = window.shell;
        second = window.cases.get(1);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static double listWidth(FxRobot robot) {
        return robot.lookup("#caseList").queryAs(ListView.class).getWidth();
    }

    @Test
    void theTabTheCaseAndTheDividerStayAcrossTwoSwitches(FxRobot robot) {
        waitUntil(() -> shell.model().loaded().get());
        robot.interact(() -> {
            shell.model().selectedId().set(second.id());
            robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(4);
            robot.lookup("#split").queryAs(SplitPane.class).setDividerPositions(0.3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = listWidth(robot);

        for (Language language : List.of(Language.CHINESE, Language.ENGLISH)) {
            robot.interact(() -> shell.switchLanguage(language));
            waitUntil(() -> shell.model().loaded().get());
            WaitForAsyncUtils.waitForFxEvents();

            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            assertThat(tabs.getSelectionModel().getSelectedIndex()).as("the export tab").isEqualTo(4);
            assertThat(shell.model().selected()).map(CaseSummary::theCase).map(Case::id).contains(second.id());
            Node split = robot.lookup("#split").query();
            assertThat(((SplitPane) split).getDividerPositions()[0]).isCloseTo(0.3, within(0.01));
            assertThat(listWidth(robot)).as("the case list's width").isCloseTo(width, within(2.0));
        }
    }

    private static VirtualFlow<?> caseListFlow(FxRobot robot) {
        return robot.from(robot.lookup("#caseList").queryAs(ListView.class)).lookup(".virtual-flow")
                .queryAs(VirtualFlow.class);
    }

    @Test
    void theCaseListStaysScrolledWhereItWas(FxRobot robot) {
        waitUntil(() -> shell.model().loaded().get());
        // the window's start work done (the hidden tabs' views built ahead, one per pause, each laid out once in its
        // tab): the scrolling below is the user's, on a window that has settled
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().stream().allMatch(t -> t.getContent() != null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#caseList").queryAs(ListView.class).scrollTo(CASES / 2 - 2));
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> before = caseListFlow(robot);
        int firstShown = before.getFirstVisibleCell().getIndex();
        assertThat(firstShown).as("the list is scrolled down").isGreaterThan(5);
        // a case in view is selected, as a user would click it
        Case shown = window.cases.get(firstShown + 1);
        robot.interact(() -> shell.model().selectedId().set(shown.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(before.getFirstVisibleCell().getIndex()).as("selecting a case in view scrolls nothing")
                .isEqualTo(firstShown);

        robot.interact(() -> shell.switchLanguage(Language.CHINESE));
        waitUntil(() -> shell.model().loaded().get());
        WaitForAsyncUtils.waitForFxEvents();

        VirtualFlow<?> after = caseListFlow(robot);
        assertThat(after).as("a new list").isNotSameAs(before);
        waitUntil(() -> after.getFirstVisibleCell() != null && after.getFirstVisibleCell().getIndex() == firstShown);
        assertThat(shell.model().selected()).map(CaseSummary::theCase).map(Case::id).contains(shown.id());
    }

    private static CaseView tab(FxRobot robot, int index) {
        Object tab = robot.lookup("#tabs").queryAs(TabPane.class).getTabs().get(index).getUserData();
        return ((CaseTab<?>) tab).view();
    }

    @Test
    void theSelectedExhibitStaysSelected(FxRobot robot) {
        waitUntil(() -> shell.model().loaded().get());
        long chosen = exhibits.get(1);
        robot.interact(() -> {
            shell.model().selectedId().set(second.id());
            ((EvidenceController) tab(robot, 2)).reveal(chosen);
        });
        waitUntil(() -> tab(robot, 2).selectedItem().isPresent());
        assertThat(tab(robot, 2).selectedItem()).contains(chosen);

        robot.interact(() -> shell.switchLanguage(Language.CHINESE));
        waitUntil(() -> shell.model().loaded().get() && tab(robot, 2).selectedItem().isPresent());

        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(tab(robot, 2).selectedItem()).as("the same exhibit, not the first").contains(chosen);
    }
}
