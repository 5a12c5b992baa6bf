package io.casevault.ui.evidence;

import io.casevault.TestFiles;
import io.casevault.app.AddOutcome;
import io.casevault.app.Progress;
import io.casevault.domain.Evidence;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.UiFixture;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

/** An exhibit double-clicked elsewhere (the timeline) brings the evidence tab forward with that exhibit selected. */
@ExtendWith(ApplicationExtension.class)
class EvidenceRevealUiTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private EvidenceController view;
    private TabPane tabs;
    private Tab evidenceTab;

    @Start
    void start(Stage stage) throws IOException {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        view = CaseTabs.evidence(fx.ctx, fx.background());
        evidenceTab = new Tab("Evidence", view.root());
        tabs = new TabPane(new Tab("Timeline", new Label("timeline")), evidenceTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == evidenceTab) {
                view.showCase(fx.caseId);
            }
        });
        stage.setScene(new Scene(tabs, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void revealSelectsTheTabAndTheExhibit(FxRobot robot) throws Exception {
        Path a = TestFiles.png(tmp.resolve("r/a.png"), 40, 40, 1);
        Path b = TestFiles.png(tmp.resolve("r/b.png"), 40, 40, 2);
        List<AddOutcome> added = fx.session.evidence().add(fx.caseId, List.of(a, b), "", Progress.NONE);
        Evidence second = ((AddOutcome.Added) added.get(1)).evidence();

        robot.interact(() -> view.reveal(second.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model().selected().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(evidenceTab);
        assertThat(view.items()).hasSize(2);
        assertThat(view.model().selected().get().exhibit()).isEqualTo("E-2");

        // already on the tab: the selection moves without switching
        Evidence first = ((AddOutcome.Added) added.get(0)).evidence();
        robot.interact(() -> view.reveal(first.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model().selected().get() != null
                && view.model().selected().get().id() == first.id());
        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(evidenceTab);
    }
}
