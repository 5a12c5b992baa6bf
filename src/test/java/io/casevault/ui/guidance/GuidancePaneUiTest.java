package io.casevault.ui.guidance;

import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.Texts;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The guidance block of a case with hundreds of deadlines: each reachable, only the rows in view made of nodes. */
@ExtendWith(ApplicationExtension.class)
class GuidancePaneUiTest {
    private static final Texts TEXTS = new Texts(Bundles.load(Locale.ENGLISH));
    private GuidancePane pane;

    @Start
    void start(Stage stage) {
        pane = new GuidancePane(TEXTS, fix -> { });
        stage.setScene(new Scene(new StackPane(pane), 800, 900));
        stage.show();
    }

    private static GuidanceSummary withDeadlines(int count) {
        List<GuidanceSummary.DeadlineRow> rows = IntStream.range(0, count).mapToObj(i -> new GuidanceSummary.DeadlineRow(
                Deadline.Kind.RESPONSE, "Reply to contact " + i, "2026-12-" + (1 + i % 28), i + " days left", i,
                false, "Rule " + i)).toList();
        return new GuidanceSummary(List.of(), List.of(), "Weak", List.of(), rows);
    }

    @Test
    void hundredsOfDeadlinesAreAllReachableWithNodesOnlyForTheRowsInView(FxRobot robot) {
        robot.interact(() -> pane.show(withDeadlines(300)));
        waitUntil(() -> showsText(robot, "Reply to contact 0"));
        assertThat(showsText(robot, "Source: Rule 0")).isTrue();
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Reply to contact")).queryAll()).hasSizeLessThan(30);

        ListView<?> list = robot.lookup("#deadlines").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(299));
        waitUntil(() -> showsText(robot, "Reply to contact 299"));
    }

    @Test
    void aCaseWithoutDeadlinesSaysHowToGetThem(FxRobot robot) {
        robot.interact(() -> pane.show(withDeadlines(0)));
        waitUntil(() -> showsText(robot, TEXTS.text("guidance.noDeadlines")));
    }
}
