package io.casevault.ui.export;

import io.casevault.TestFiles;
import io.casevault.app.FormTextCutter;
import io.casevault.app.OriginalsExportServiceTest;
import io.casevault.app.Progress;
import io.casevault.domain.Category;
import io.casevault.domain.Direction;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.shell.Appearance;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The export view's hand-over: the form text with its limit and Copy buttons, and "Export originals…". */
@ExtendWith(ApplicationExtension.class)
class HandOverUiTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private Stage stage;
    private Path chosenParent;

    /** The hand-over dialogs over the fixture's vault; folders are "chosen" by {@code target}. */
    static HandOverDialogs dialogs(UiFixture fixture, HandOverDialogs.FolderTarget target) {
        var session = fixture.session;
        return new HandOverDialogs(session.formTexts()::formText, session.originals()::exhibits,
                session.originals()::export, target, fixture.ctx.session().dir().getParent(), fixture.ctx.texts(),
                fixture.background(), fixture.ctx.clock().withZone(UiFixture.ZONE));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        fixture = new UiFixture(dir, Locale.ENGLISH);
        var session = fixture.session;
        long id = session.cases().create(new NewCase("Transfer never arrived", "Alipay", null,
                Category.FUNDS_NOT_RECEIVED, "On 3 November I sent 1,250.00 CNY to Zhang San, who never received it. "
                + "Support promised a reply within three days and never wrote back. I wrote in the in-app chat four "
                + "times and nobody answered.", Money.parse("1250.00", "CNY"), List.of("Refund 1,250.00 CNY",
                "A written explanation"), IncidentDate.exact(LocalDate.of(2026, 11, 3)), LocalDate.of(2026, 11, 5), 30,
                null, false)).id();
        session.transactions().add(new NewTransaction(id, LocalDateTime.parse("2026-11-03T14:30")
                .atZone(UiFixture.ZONE).toInstant(), UiFixture.ZONE, Money.parse("1250.00", "CNY"), Direction.OUT,
                "Zhang San", "2026110322001456789", null, null, null, null, TransactionSource.MANUAL));
        Path in = Files.createDirectory(dir.resolve("in"));
        session.evidence().add(id, List.of(TestFiles.png(in.resolve("payment.png"), 40, 30, 1),
                TestFiles.png(in.resolve("chat: support?.png"), 40, 30, 2)), null, Progress.NONE);
        chosenParent = Files.createDirectory(dir.resolve("handed-over"));
        FileOpener opener = new FileOpener() {
            @Override
            public void open(Path file) {
            }

            @Override
            public void showInFolder(Path file) {
            }
        };
        ExportController view = new ExportViews((caseId, options, progress) -> {
            throw new AssertionError("no dossier in this test");
        }, session.exports()::predict, session.cases()::get, opener, dir, fixture.ctx.texts(), fixture.background(),
                fixture.ctx.clock().withZone(UiFixture.ZONE), fixture.notifier,
                dialogs(fixture, (owner, initial) -> Optional.of(chosenParent)))
                .load(new FxmlLoaderFactory(fixture.ctx.bundle()));
        Scene scene = new Scene((Parent) view.root(), 900, 700);
        Appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        view.showCase(id);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
        fixture.close();
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }

    @Test
    void theDescriptionFitsTheLimitKeepsTheDemandsAndCopyPutsEachFieldOnTheClipboard(FxRobot robot)
            throws Exception {
        waitUntil(() -> !robot.lookup("#formTextButton").queryButton().isDisabled());
        robot.clickOn("#formTextButton");
        TextArea description = robot.lookup("#formDescription").queryAs(TextArea.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> limit = robot.lookup("#formLimit").queryAs(Spinner.class);
        waitUntil(() -> description.getText().contains("Zhang San") && limit.getValue() > 100);
        assertThat(limit.getValue()).isEqualTo(FormTextCutter.length(description.getText()));

        robot.interact(() -> limit.getValueFactory().setValue(120));
        waitUntil(() -> FormTextCutter.length(description.getText()) <= 120);
        assertThat(description.getText())
                .endsWith("I ask for: 1. Refund 1,250.00 CNY; 2. A written explanation.");
        assertThat(robot.lookup("#formDescriptionCount").queryAs(Label.class).getText())
                .isEqualTo(FormTextCutter.length(description.getText()) + " / 120 characters");

        robot.clickOn("#copyDescription");
        assertThat(clipboard()).isEqualTo(description.getText());
        robot.clickOn("#copyOrderNumber");
        assertThat(clipboard()).isEqualTo("2026110322001456789");
        robot.clickOn("#copyAmount");
        assertThat(clipboard()).isEqualTo("1250.00");
        assertThat(robot.lookup("#formTime").queryAs(TextField.class).getText())
                .isEqualTo("2026-11-03 14:30 +08:00 (Asia/Shanghai)");
        assertThat(robot.lookup("#formStatus").queryAs(Label.class).getText()).isEqualTo("Amount copied (7 characters).");
    }

    @Test
    void exportOriginalsWritesTheChosenFilesWithASha256sumsThatChecks(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#exportOriginalsButton").queryButton().isDisabled());
        robot.clickOn("#exportOriginalsButton");
        ListView<?> exhibits = robot.lookup("#originalsExhibits").queryAs(ListView.class);
        waitUntil(() -> exhibits.getItems().size() == 2);
        robot.clickOn("#originalsChoose");
        TextField folder = robot.lookup("#originalsFolder").queryAs(TextField.class);
        Path out = chosenParent.resolve("Transfer never arrived-originals-2026-11-25");
        assertThat(folder.getText()).isEqualTo(out.toString());

        robot.clickOn("#originalsExport");
        Label status = robot.lookup("#originalsStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("2 originals"));

        assertThat(status.getText()).isEqualTo("2 originals and SHA256SUMS written to " + out);
        assertThat(Files.readAllLines(out.resolve("SHA256SUMS"), StandardCharsets.UTF_8)).hasSize(2)
                .allMatch(l -> l.matches("[0-9a-f]{64}  E-0[12] .*"));
        assertThat(out.resolve("E-02 chat_ support_.png")).isRegularFile();
        assertThat(OriginalsExportServiceTest.sha256sumCheck(out)).isIn(0, -1);

        robot.clickOn("#originalsExport");
        waitUntil(() -> status.getText().startsWith("The originals were not exported"));
        assertThat(status.getText()).isEqualTo("The originals were not exported: The folder " + out
                + " is not empty; choose a new or empty folder for the originals.");
    }
}
