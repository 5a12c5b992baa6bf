package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.DrawnScreens;
import io.casevault.app.Progress;
import io.casevault.app.Suggestion;
import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.domain.understanding.Proposal;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.FxmlLoaderFactory;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
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
import java.util.Locale;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector's Suggestions tab over a real vault whose drawn payment screenshot the real engine has read: the
 * suggested redaction previewed dashed, accepted with a click, the caption accepted with Enter, each applied to the
 * exhibit and shown in the viewer, the details and the grid, and the case told.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorSuggestionsUiTest {
    @TempDir
    Path tmp;
    private UiFixture fx;
    private EvidenceController view;
    private Evidence shot;
    private final ViewModelFixture.Changes changes = new ViewModelFixture.Changes();

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        Path png = DrawnScreens.png(tmp.resolve("transfer.png"), List.of(List.of("-1,250.00"), List.of("交易成功"),
                List.of("收款方", "张三"), List.of("创建时间", "2026-11-03 14:30:12"),
                List.of("订单号", "20261103200040011100450012345678"), List.of("联系电话", "13812345678")));
        shot = ((AddOutcome.Added) fx.session.evidence().add(fx.caseId, List.of(png), null, Progress.NONE).get(0))
                .evidence();
        assertThat(fx.session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);
        var s = fx.session;
        view = new EvidenceViews(s.evidence(), s.mail(), s.transactions(), s.followUps(), s.thumbnails(),
                s.lookAlikes(), s.recognition(), fx.ctx.texts(), fx.background(),
                fx.ctx.clock().withZone(fx.ctx.zone()), fx.ctx.notifier())
                .withSuggestions(s.suggestions(), changes).load(new FxmlLoaderFactory(fx.ctx.bundle()));
        stage.setScene(new Scene((Parent) view.root(), 1280, 760));
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** The card of the suggestion with this title, once the panel has settled (it is disabled while busy). */
    private VBox card(FxRobot robot, String title) {
        waitUntil(() -> !robot.lookup("#exhibitSuggestions").query().isDisabled()
                && robot.lookup(".evidence-suggestion").queryAll().stream().anyMatch(c -> titled(c, title)));
        return (VBox) robot.lookup(".evidence-suggestion").queryAll().stream().filter(c -> titled(c, title))
                .findFirst().orElseThrow();
    }

    private static boolean titled(Node card, String title) {
        return card instanceof VBox v && ((Label) v.getChildren().get(0)).getText().equals(title);
    }

    /** The boxes on the picture: the suggested ones (dashed), or the real ones. */
    private static List<Rectangle> boxes(FxRobot robot, boolean suggested) {
        return robot.lookup(".redaction-box").queryAll().stream()
                .filter(n -> n.getStyleClass().contains("suggested") == suggested).map(Rectangle.class::cast).toList();
    }

    @Test
    void aSuggestedRedactionAndCaptionAreAcceptedInTheInspectorAndShowApplied(FxRobot robot) {
        waitUntil(() -> view.items().size() == 1);
        robot.interact(() -> {
            view.model().selected().set(view.items().get(0));
            view.showSuggestions();
        });
        Redaction suggested = fx.session.suggestions().open(fx.caseId).stream()
                .filter(x -> x.kind() == Proposal.Kind.REDACTION).map(x -> ((Proposal.Cover) x.proposal()).box())
                .findFirst().orElseThrow();
        VBox redaction = card(robot, "Suggested redaction");
        assertThat(((Label) redaction.getChildren().get(1)).getText()).isEqualTo("Cover the mobile number");
        waitUntil(() -> boxes(robot, true).size() == 1);
        assertThat(boxes(robot, false)).as("nothing is covered before the user accepts").isEmpty();
        assertThat(view.showSuggestions().isVisible()).isTrue();
        assertThat(robot.lookup(".tab-label").queryAll().stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.matches("Suggestions \\(\\d+\\)"));

        VBox redactionCard = card(robot, "Suggested redaction");
        robot.interact(redactionCard::requestFocus); // the focused card scrolls into view, as with Tab
        robot.clickOn(robot.from(redactionCard).lookup(".suggestionAccept").queryAs(Button.class));
        waitUntil(() -> fx.session.evidence().redactions(shot.id()).contains(suggested));
        waitUntil(() -> boxes(robot, false).size() == 1 && boxes(robot, true).isEmpty());
        waitUntil(() -> view.model().redactions().getOrDefault(shot.id(), List.of()).contains(suggested));
        VBox undo = card(robot, "Suggested redaction");
        assertThat(robot.from(undo).lookup(".suggestionUndo").tryQuery()).isPresent();

        String proposed = fx.session.suggestions().open(fx.caseId).stream()
                .filter(x -> x.kind() == Proposal.Kind.CAPTION).map(x -> ((Proposal.CaptionText) x.proposal())
                        .caption()).findFirst().orElseThrow();
        robot.interact(card(robot, "Suggested caption")::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.session.evidence().list(fx.caseId).get(0).caption().equals(proposed));
        waitUntil(() -> view.items().get(0).caption().equals(proposed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#caption").queryAs(TextField.class).getText()).isEqualTo(proposed);
        assertThat(fx.session.suggestions().list(fx.caseId, Suggestion.State.ACCEPTED))
                .extracting(Suggestion::kind).contains(Proposal.Kind.REDACTION, Proposal.Kind.CAPTION);
        assertThat(changes.events).contains("records " + fx.caseId);
    }
}
