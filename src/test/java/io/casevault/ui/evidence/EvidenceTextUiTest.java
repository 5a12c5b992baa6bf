package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.Progress;
import io.casevault.domain.Evidence;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.ocr.PaymentScreens;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.UiFixture;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The recognised text beside the picture, over a real vault whose rendered payment screenshots the real engine has
 * read (once for the class: each test uses its own exhibit, so none sees another's boxes or caption).
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceTextUiTest {
    @TempDir
    static Path tmp;
    private static UiFixture fx;
    /** The exhibits, in the order of the rendered screens that say what each one shows. */
    private static List<Evidence> shots;
    private static List<PaymentScreens.Screen> screens;
    private EvidenceController view;

    @BeforeAll
    static void readScreenshots() throws Exception {
        FxToolkit.registerPrimaryStage();
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        screens = List.of(PaymentScreens.Layout.ALIPAY, PaymentScreens.Layout.WECHAT, PaymentScreens.Layout.PAYPAL)
                .stream().map(l -> PaymentScreens.render(new PaymentScreens.Spec(l, PaymentScreens.Theme.LIGHT,
                        PaymentScreens.Format.PNG, 540, 11))).toList();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            Path png = tmp.resolve("screen-" + i + ".png");
            ImageIO.write(screens.get(i).image(), "png", png.toFile());
            files.add(png);
        }
        shots = fx.session.evidence().add(fx.caseId, files, null, Progress.NONE).stream()
                .map(o -> ((AddOutcome.Added) o).evidence()).toList();
        fx.session.evidence().updateCaption(shots.get(2).id(), "PayPal page");
        assertThat(fx.session.recognition().recogniseNow(Progress.NONE)).isEqualTo(3);
    }

    @Start
    void start(Stage stage) {
        view = CaseTabs.evidence(fx.ctx, fx.background());
        stage.setScene(new Scene((Parent) view.root(), 1200, 800));
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterAll
    static void close() {
        if (fx != null) {
            fx.close();
        }
    }

    /** Selects the exhibit, shows the Text tab and waits for its lines. */
    private TextPanel open(FxRobot robot, int shot) {
        waitUntil(() -> view.items().size() == 3);
        AtomicReference<TextPanel> panel = new AtomicReference<>();
        robot.interact(() -> {
            view.model().selected().set(view.items().get(shot));
            panel.set(view.showText());
        });
        waitUntil(() -> !panel.get().lineList().getItems().isEmpty());
        return panel.get();
    }

    private static String keyLine(int shot, PaymentScreens.Kind kind) {
        return screens.get(shot).lines().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().text();
    }

    private static RecognisedLine lineHolding(TextPanel panel, String text) {
        return panel.lineList().getItems().stream().filter(l -> l.text().contains(text)).findFirst().orElseThrow(
                () -> new AssertionError("no line holds " + text + " in " + panel.lineList().getItems()));
    }

    private ListCell<?> cellOf(FxRobot robot, RecognisedLine line) {
        robot.interact(() -> panelOf().lineList().scrollTo(line));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(n -> n instanceof ListCell<?> c && line.equals(c.getItem())).query();
    }

    private TextPanel panelOf() {
        return (TextPanel) view.root().lookup(".evidence-text");
    }

    @Test
    void theTextTabShowsTheLinesTheEngineReadWithHowMany(FxRobot robot) {
        TextPanel panel = open(robot, 0);

        assertThat(panel.lineList().getItems()).extracting(RecognisedLine::text)
                .contains(keyLine(0, PaymentScreens.Kind.ID), keyLine(0, PaymentScreens.Kind.AMOUNT));
        int count = panel.lineList().getItems().size();
        assertThat(UiFixture.showsText(robot, count + " lines. Point at a line to see it on the picture. Text under "
                + "redaction boxes is left out.")).isTrue();
    }

    @Test
    void pointingAtALineOutlinesItsBoxOverThePictureAtTheCurrentZoom(FxRobot robot) {
        TextPanel panel = open(robot, 0);
        RecognisedLine amount = lineHolding(panel, keyLine(0, PaymentScreens.Kind.AMOUNT));
        ImageViewer viewer = view.inspector().viewer();
        robot.interact(() -> viewer.setZoom(0.5));

        robot.moveTo(cellOf(robot, amount));
        waitUntil(() -> viewer.highlightBoxes().size() == 1);

        Rectangle box = viewer.highlightBoxes().get(0);
        assertThat(box.getX()).isCloseTo(amount.x() * 0.5, within(0.01));
        assertThat(box.getY()).isCloseTo(amount.y() * 0.5, within(0.01));
        assertThat(box.getWidth()).isCloseTo(amount.w() * 0.5, within(0.01));
        assertThat(box.getHeight()).isCloseTo(amount.h() * 0.5, within(0.01));

        robot.moveTo(viewer);
        waitUntil(() -> viewer.highlightBoxes().isEmpty());
    }

    @Test
    void pointingAtALineOutOfSightScrollsTheZoomedPictureToIt(FxRobot robot) {
        TextPanel panel = open(robot, 0);
        List<RecognisedLine> lines = panel.lineList().getItems();
        RecognisedLine last = lines.get(lines.size() - 1);
        ImageViewer viewer = view.inspector().viewer();
        robot.interact(() -> viewer.setZoom(3));
        ScrollPane scroll = robot.from(viewer).lookup(".scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));

        robot.moveTo(cellOf(robot, last));
        waitUntil(() -> viewer.highlightBoxes().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds box = viewer.highlightBoxes().get(0).localToScene(viewer.highlightBoxes().get(0).getBoundsInLocal());
        Bounds seen = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(scroll.getVvalue()).isGreaterThan(0);
        assertThat(box.getMinY()).isGreaterThanOrEqualTo(seen.getMinY());
        assertThat(box.getMaxY()).isLessThanOrEqualTo(seen.getMaxY());
    }

    @Test
    void ctrlCCopiesTheSelectedLinesAndCopyWithNoSelectionCopiesThemAll(FxRobot robot) {
        TextPanel panel = open(robot, 0);
        List<RecognisedLine> lines = panel.lineList().getItems();
        robot.clickOn(cellOf(robot, lines.get(2)), javafx.scene.input.MouseButton.PRIMARY);
        robot.interact(() -> panel.lineList().getSelectionModel().selectIndices(0, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(lines.get(0).text() + "\n" + lines.get(2).text());

        robot.interact(() -> panel.lineList().getSelectionModel().clearSelection());
        robot.clickOn(robot.lookup("#copyTextButton").queryAs(Button.class));
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get().split("\n")).hasSize(lines.size()).contains(keyLine(0, PaymentScreens.Kind.ID));
    }

    @Test
    void aLineUnderANewRedactionBoxLeavesThePanelAndStaysOut(FxRobot robot) {
        TextPanel panel = open(robot, 1);
        String id = keyLine(1, PaymentScreens.Kind.ID);
        RecognisedLine hidden = lineHolding(panel, id);
        int before = panel.lineList().getItems().size();

        // what drawing a box on the picture does: the layer gets the box in stored pixels
        robot.interact(() -> view.inspector().viewer().layer().boxes().add(
                new Redaction(hidden.x(), hidden.y(), hidden.w(), hidden.h())));
        assertThat(panel.lineList().getItems()).as("gone at once").doesNotContain(hidden);

        Evidence e = shots.get(1);
        waitUntil(() -> !fx.session.evidence().redactions(e.id()).isEmpty());
        // the panel reads the text again once the box is saved: still without the line, the rest still there
        waitUntil(() -> panel.lineList().getItems().size() == before - 1);
        assertThat(panel.lineList().getItems()).extracting(RecognisedLine::text).noneMatch(t -> t.contains(id));
        assertThat(fx.session.recognition().textOf(e.id())).extracting(RecognisedLine::text)
                .noneMatch(t -> t.contains(id));
    }

    @Test
    void useAsCaptionSetsTheCaptionInOneClickAndUndoPutsTheOldOneBack(FxRobot robot) {
        Evidence e = shots.get(2);
        TextPanel panel = open(robot, 2);
        RecognisedLine amount = lineHolding(panel, keyLine(2, PaymentScreens.Kind.AMOUNT));

        ListCell<?> cell = cellOf(robot, amount);
        System.gc(); // what makes the button must outlive a collection (a binding only listeners hold would not)
        robot.moveTo(cell);
        // the button is made when the line is first under the pointer
        waitUntil(() -> robot.from(cell).lookup(".use-as-caption").tryQuery().isPresent());
        robot.clickOn(robot.from(cell).lookup(".use-as-caption").queryAs(Button.class));

        waitUntil(() -> amount.text().equals(fx.session.evidence().get(e.id()).caption()));
        waitUntil(() -> view.items().stream().anyMatch(i -> i.id() == e.id() && amount.text().equals(i.caption())));
        TextField caption = robot.lookup("#caption").queryAs(TextField.class);
        waitUntil(() -> amount.text().equals(caption.getText()));
        assertThat(UiFixture.showsText(robot, "Caption set to \u201c" + amount.text() + "\u201d.")).isTrue();

        robot.clickOn(robot.lookup("#undoCaptionButton").queryAs(Button.class));

        waitUntil(() -> "PayPal page".equals(fx.session.evidence().get(e.id()).caption()));
        waitUntil(() -> "PayPal page".equals(caption.getText()));
        assertThat(robot.lookup("#undoCaptionButton").queryAs(Button.class).isVisible()).isFalse();
    }
}
