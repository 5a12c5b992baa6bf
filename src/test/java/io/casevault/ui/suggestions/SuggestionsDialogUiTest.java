package io.casevault.ui.suggestions;

import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.Locale;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Review suggestions" dialog: pick one and accept it, accept all, undo the link CaseVault made; the buttons follow
 * the list and the chosen row.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsDialogUiTest {
    private final FakeSuggestions service = new FakeSuggestions();
    private Stage stage;
    private int changes;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
    }

    @Test
    void acceptingOneThenAllThenUndoingCaseVaultsLinkEmptiesTheList(FxRobot robot) {
        robot.interact(() -> new SuggestionsDialog(service, Texts.of(Locale.ENGLISH), Background.direct())
                .show(stage, 7, () -> changes++));
        waitUntil(() -> robot.lookup("#suggestionsList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#suggestionsList").queryListView();
        Button accept = robot.lookup("#suggestionsAccept").queryButton();
        assertThat(list.getItems()).hasSize(4);
        assertThat(accept.isDisabled()).as("nothing chosen yet").isTrue();

        robot.clickOn("E-1  Cover the mobile number  (92 %)");
        assertThat(accept.isDisabled()).isFalse();
        robot.clickOn(accept);
        waitUntil(() -> list.getItems().size() == 3);
        assertThat(service.decided).containsExactly("accepted 3");
        assertThat(robot.lookup("#suggestionsStatus").queryAs(Label.class).getText()).isEqualTo("Accepted for E-1.");

        robot.clickOn("#suggestionsAcceptAll");
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(robot.lookup("#suggestionsAcceptAll").queryButton().isDisabled()).isTrue();

        robot.clickOn("E-1  Link to transaction 12: its number 20261103200040011100450012345678 is shown"
                + "  (found by CaseVault, applied)");
        assertThat(accept.isDisabled()).as("applied already").isTrue();
        robot.clickOn("#suggestionsUndo");
        waitUntil(() -> list.getItems().isEmpty());
        assertThat(service.decided).containsExactly("accepted 3", "accepted 1", "accepted 2", "undone 4");
        assertThat(changes).isEqualTo(3);
    }
}
