package io.casevault.ui.shell;

import io.casevault.domain.CaseStatus;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.CaseView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other tabs' rows are read ahead once a case has stayed selected for a moment and the window's work is done: not
 * while the shown tab reads, and not for a case the user has already left.
 */
@ExtendWith(ApplicationExtension.class)
class CaseTabsReadAheadUiTest {
    private final List<Long> readAhead = new CopyOnWriteArrayList<>();
    private final List<Long> shown = new CopyOnWriteArrayList<>();
    /** What the status bar tells: no work running. */
    private final BooleanProperty workDone = new SimpleBooleanProperty(true);
    private final CaseListViewModel cases = ViewModelFixture.caseList(List.of(
            ViewModelFixture.summary(ViewModelFixture.aCase(1, "Frozen wallet", CaseStatus.DRAFT, UiFixture.TODAY,
                    false)),
            ViewModelFixture.summary(ViewModelFixture.aCase(2, "Refund missing", CaseStatus.DRAFT, UiFixture.TODAY,
                    false))));

    /** A tab's view that only notes which case it was asked to show. */
    private CaseView view(String key) {
        return new StubView(key, new Label(key), shown::add);
    }

    @Start
    void start(Stage stage) {
        CaseTabsController controller = new CaseTabsController(CaseTab.built(view("overview.tab"), view("tx.tab")),
                ViewModelFixture.TEXTS, cases, new ViewModelFixture.Messages(), readAhead::add, workDone);
        FXMLLoader loader = new FXMLLoader(CaseTabsController.class.getResource("case-tabs.fxml"));
        loader.setControllerFactory(type -> controller);
        try {
            stage.setScene(new Scene(loader.<Parent>load(), 600, 400));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stage.show();
        cases.reload(null); // selects the first case, as the window does
    }

    /** The window selected the first case by itself: its read ahead is done, and forgotten here. */
    private void firstCaseReadAhead() {
        waitUntil(() -> readAhead.equals(List.of(1L)));
        readAhead.clear();
        shown.clear();
    }

    /** After the first case's read ahead, selects the second while the shown tab still reads, past the pause. */
    private void selectTheSecondCaseWhileTheWindowWorks(FxRobot robot) throws InterruptedException {
        firstCaseReadAhead();
        robot.interact(() -> {
            workDone.set(false);
            cases.selectedId().set(2L);
        });
        Thread.sleep(400);
    }

    @Test
    void aCaseThatStaysSelectedHasItsRowsReadAheadOnceTheShownTabHadItsTurn(FxRobot robot) throws Exception {
        firstCaseReadAhead();
        robot.interact(() -> cases.selectedId().set(2L));
        assertThat(shown).containsExactly(2L);
        assertThat(readAhead).as("not while the shown tab reads").isEmpty();

        waitUntil(() -> readAhead.equals(List.of(2L)));
        Thread.sleep(600);
        assertThat(readAhead).as("once").containsExactly(2L);
    }

    @Test
    void aCaseIsReadAheadOnlyOnceTheWindowsWorkIsDone(FxRobot robot) throws Exception {
        selectTheSecondCaseWhileTheWindowWorks(robot);
        assertThat(readAhead).as("while the window works").isEmpty();

        robot.interact(() -> {
            workDone.set(true);
            assertThat(readAhead).as("not before what the work showed is laid out").isEmpty();
        });
        waitUntil(() -> readAhead.equals(List.of(2L)));
        robot.interact(() -> {
            workDone.set(false);
            workDone.set(true);
        });
        Thread.sleep(300);
        assertThat(readAhead).as("once").containsExactly(2L);
    }

    @Test
    void aCaseLeftWhileTheWindowWorksIsNotReadAhead(FxRobot robot) throws Exception {
        selectTheSecondCaseWhileTheWindowWorks(robot);
        robot.interact(() -> cases.selectedId().set(1L));
        Thread.sleep(400);
        robot.interact(() -> workDone.set(true));
        waitUntil(() -> readAhead.equals(List.of(1L)));
        Thread.sleep(300);
        assertThat(readAhead).containsExactly(1L);
    }

    @Test
    void aCaseLeftAtOnceIsNotReadAhead(FxRobot robot) throws Exception {
        firstCaseReadAhead();
        robot.interact(() -> {
            cases.selectedId().set(2L);
            cases.selectedId().set(1L);
        });
        waitUntil(() -> readAhead.equals(List.of(1L)));
        Thread.sleep(600);
        assertThat(readAhead).containsExactly(1L);
        assertThat(shown).containsExactly(2L, 1L);
    }
}
