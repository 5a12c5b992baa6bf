package io.casevault.ui.guidance;

import io.casevault.app.ExportOptions;
import io.casevault.domain.Channel;
import io.casevault.domain.FollowUp;
import io.casevault.ui.UiFixture;
import io.casevault.ui.cases.OverviewView;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.NavigationEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.casevault.ui.UiTestSupport.showsText;
import static io.casevault.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview's guidance (next step, checklist with its fixes) and the complaint-letter dialog. */
@ExtendWith(ApplicationExtension.class)
class GuidanceUiTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private OverviewView view;
    private final List<NavigationEvent> navigation = new CopyOnWriteArrayList<>();
    private final List<Long> changed = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        view = new OverviewView(fx.ctx, new CaseChanges() {
            @Override
            public void caseChanged(long id) {
                changed.add(id);
                view.showCase(id);
            }

            @Override
            public void caseRemoved(long id) {
            }

            @Override
            public void caseAdded(long id) {
            }
        });
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1000, 800);
        scene.getRoot().addEventHandler(NavigationEvent.OPEN, navigation::add);
        stage.setScene(scene);
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aFreshCaseSuggestsContactingSupportAndListsWhatIsMissing(FxRobot robot) {
        waitUntil(() -> showsText(robot, "Contact the provider's customer support"));
        Label reason = robot.lookup("#nextStepReason").queryAs(Label.class);
        assertThat(reason.getText()).startsWith("No contact with the provider is recorded yet.");
        assertThat(showsText(robot, "Readiness: 2 of 7")).isTrue(); // demands and deadline; no amount, records, contact
        assertThat(robot.lookup("#fix-TRANSACTIONS").tryQuery()).isPresent();
        assertThat(robot.lookup("#fix-DEMANDS").tryQuery()).isEmpty();
        assertThat(showsText(robot, "Overdue 25 days")).isTrue(); // the window ended on 31 October
    }

    @Test
    void checklistFixesOpenTheRightViewOrDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#fix-TRANSACTIONS").tryQuery().isPresent());
        robot.clickOn("#fix-TRANSACTIONS");
        robot.clickOn("#fix-REFERENCE");
        robot.clickOn("#fix-EVIDENCE");
        waitUntil(() -> navigation.size() == 3);
        assertThat(navigation).extracting(NavigationEvent::viewKey, NavigationEvent::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tx.tab", null),
                org.assertj.core.groups.Tuple.tuple("timeline.tab", NavigationEvent.LOG_FOLLOW_UP),
                org.assertj.core.groups.Tuple.tuple("evidence.tab", null));
    }

    private LetterDialog letters(LetterDialog.FileTarget target) {
        return new LetterDialog(fx.session.guidance()::letter, fx.session.guidance()::writeLetter,
                fx.session.followUps()::add, target, fx.ctx.texts(), Background.using(fx.ctx.background(),
                fx.ctx.work()), fx.ctx.clock().withZone(fx.ctx.zone()));
    }

    private static TextArea letterText(FxRobot robot) {
        return robot.lookup("#letterText").queryAs(TextArea.class);
    }

    private static Label letterStatus(FxRobot robot) {
        return robot.lookup("#letterStatus").queryAs(Label.class);
    }

    @Test
    void theLetterIsEditedExportedSwitchedToChineseAndLoggedInOneStep(FxRobot robot) throws Exception {
        Path out = tmp.resolve("letter-" + System.nanoTime() + ".txt");
        List<Dialog<Void>> dialog = new CopyOnWriteArrayList<>();
        robot.interact(() -> dialog.add(letters((owner, ext, name) -> {
            assertThat(ext).isEqualTo("txt");
            assertThat(name).isEqualTo("complaint 转账未到账.txt");
            return Optional.of(out);
        }).show(view.root().getScene().getWindow(), fx.caseId, "转账未到账", () -> changed.add(-1L))));
        waitUntil(() -> letterText(robot).getText().startsWith("Subject: Formal complaint: 转账未到账"));
        assertThat(letterText(robot).getText()).contains("To: Alipay, customer complaints department")
                .contains("1. 退款");
        robot.interact(() -> letterText(robot).appendText("PS: screenshots attached.\n"));
        robot.clickOn("#letterExportTxt");
        waitUntil(() -> letterStatus(robot).getText().startsWith("Saved to "));
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("PS: screenshots attached.\r\n");

        robot.interact(() -> robot.lookup("#letterLanguage").<ComboBox<ExportOptions.Language>>query()
                .setValue(ExportOptions.Language.ZH));
        waitUntil(() -> letterText(robot).getText().startsWith("事由：关于“转账未到账”的正式投诉"));

        robot.interact(() -> robot.lookup("#letterLogChannel").<ComboBox<Channel>>query().setValue(Channel.EMAIL));
        robot.clickOn("#letterLog");
        waitUntil(() -> letterStatus(robot).getText().startsWith("Logged as a follow-up"));
        List<FollowUp> logged = fx.session.followUps().list(fx.caseId);
        assertThat(logged).singleElement().satisfies(f -> {
            assertThat(f.channel()).isEqualTo(Channel.EMAIL);
            assertThat(f.summary()).isEqualTo("Complaint letter sent (中文)");
        });
        assertThat(changed).contains(-1L);
        assertThat(robot.lookup("#letterLog").queryButton().isDisabled()).isTrue();
        robot.interact(dialog.get(0)::close);
    }

    @Test
    void copyPutsTheLetterOnTheClipboard(FxRobot robot) {
        List<Dialog<Void>> dialog = new CopyOnWriteArrayList<>();
        robot.interact(() -> dialog.add(letters((o, e, n) -> Optional.empty()).show(null, fx.caseId, "t", () -> { })));
        waitUntil(() -> !letterText(robot).getText().isEmpty());
        robot.clickOn("#letterCopy");
        waitUntil(() -> letterStatus(robot).getText().equals("The letter is on the clipboard."));
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo(letterText(robot).getText());
        robot.interact(dialog.get(0)::close);
    }

    @Test
    void theOverviewOpensTheResponseTimesEditorWithTheDefaults(FxRobot robot) {
        waitUntil(() -> showsText(robot, "Response times…"));
        robot.clickOn("Response times…");
        waitUntil(() -> robot.lookup("#preset-HOTLINE").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> hotline = robot.lookup("#preset-HOTLINE").queryAs(
                javafx.scene.control.ComboBox.class);
        assertThat(hotline.getConverter() == null ? "" : ((javafx.util.StringConverter<Object>)
                (javafx.util.StringConverter<?>) hotline.getConverter()).toString(hotline.getValue()))
                .isEqualTo("Provider support: 7 days (editable default)");
        robot.clickOn(robot.lookup(n -> n instanceof Button b && "Cancel".equals(b.getText())).queryButton());
    }
}
