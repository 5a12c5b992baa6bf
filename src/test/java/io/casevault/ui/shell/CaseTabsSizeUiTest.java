package io.casevault.ui.shell;

import io.casevault.domain.CaseStatus;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.CaseView;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tabs fill the case pane whatever their views would like, and laying the pane out again (a tab selected, the
 * case header changed) never asks a view for its size: TabPane's skin would ask every tab's view, the hidden ones too,
 * and a large case's evidence grid fills rows of cells to answer.
 */
@ExtendWith(ApplicationExtension.class)
class CaseTabsSizeUiTest {
    /** How often the hidden view was asked for its preferred size. */
    private final AtomicInteger asked = new AtomicInteger();
    private Label header;
    private TabPane tabs;
    private final Demanding hidden = new Demanding();

    /**
     * A view as large as a grid of a thousand exhibits would like to be, counting the times it is asked. Like the grid
     * when a thumbnail arrives, it can change while hidden, and then forgets the sizes it gave.
     */
    private final class Demanding extends Region {
        @Override
        protected double computePrefWidth(double height) {
            asked.incrementAndGet();
            return 5000;
        }

        @Override
        protected double computePrefHeight(double width) {
            asked.incrementAndGet();
            return 5000;
        }

        @Override
        protected double computeMinWidth(double height) {
            return 3000; // asked when it lays itself out in its tab, which is its own change
        }

        @Override
        protected double computeMinHeight(double width) {
            return 3000;
        }
    }

    private static CaseView view(String key, Node root) {
        return new StubView(key, root, id -> { });
    }

    @Start
    void start(Stage stage) {
        CaseListViewModel cases = ViewModelFixture.caseList(List.of(ViewModelFixture.summary(
                ViewModelFixture.aCase(1, "Frozen wallet", CaseStatus.DRAFT, UiFixture.TODAY, false))));
        CaseTabsController controller = new CaseTabsController(CaseTab.built(view("overview.tab", new Label("o")),
                view("tx.tab", new Label("t")), view("evidence.tab", hidden)), ViewModelFixture.TEXTS, cases,
                new ViewModelFixture.Messages(), id -> { }, new SimpleBooleanProperty(true));
        FXMLLoader loader = new FXMLLoader(CaseTabsController.class.getResource("case-tabs.fxml"));
        loader.setControllerFactory(type -> controller);
        try {
            tabs = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // as the main window's case pane: the header, and the tabs taking the rest
        header = new Label("Frozen wallet");
        VBox casePane = new VBox(header, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        stage.setScene(new Scene(casePane, 600, 400));
        stage.show();
        cases.reload(null);
    }

    @Test
    void theCasePaneLaidOutAgainAsksNoViewItsSizeAndTheTabsFillIt(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        asked.set(0);

        robot.interact(hidden::requestLayout);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(hidden::requestLayout);
        robot.interact(() -> header.setText("Frozen wallet — refund 1,250.00 CNY asked"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(hidden::requestLayout);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked.get()).as("times the hidden view was asked for its size").isZero();
        robot.interact(() -> {
            assertThat(tabs.getWidth()).isEqualTo(600);
            assertThat(tabs.getHeight()).isEqualTo(400 - header.getHeight());
        });
    }
}
