package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.UiFixture;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence tab as a first-time user meets it on a laptop, in Chinese: redaction as a visible action with a hint,
 * redacted thumbnails in the grid, and the ways to add files.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceFirstUseUiTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private EvidenceController view;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.SIMPLIFIED_CHINESE);
        view = CaseTabs.evidence(fx.ctx, fx.background());
        // the evidence tab's share of a 1366 × 768 laptop screen, beside the case list
        stage.setScene(new Scene((Parent) view.root(), 1040, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** A plain red picture: any pixel that is not red on its thumbnail was covered. */
    private Evidence addRed(String name, int width, int height) throws IOException {
        BufferedImage red = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = red.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = tmp.resolve(name);
        ImageIO.write(red, "png", file.toFile());
        return ((io.casevault.app.AddOutcome.Added) fx.session.evidence().add(fx.caseId, List.of(file), null, io.casevault.app.Progress.NONE)
                .get(0)).evidence();
    }

    private Optional<EvidenceCell> cell(FxRobot robot, Evidence e) {
        return robot.lookup(".evidence-cell").queryAllAs(EvidenceCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().id() == e.id() && c.isVisible()).findFirst();
    }

    private static Image thumbnail(EvidenceCell cell) {
        return cell.lookupAll(".image-view").stream().map(n -> ((ImageView) n).getImage())
                .filter(i -> i != null && i.getProgress() >= 1).findFirst().orElse(null);
    }

    private static boolean badgeShown(EvidenceCell cell) {
        return cell.lookupAll(".evidence-redacted-badge").stream()
                .anyMatch(n -> n.isVisible() && "已打码".equals(((Label) n).getText()));
    }

    @Test
    void aRedactedThumbnailShowsItsBoxesBurnedInAndABadge(FxRobot robot) throws Exception {
        Evidence phone = addRed("phone.png", 200, 100);
        Evidence plain = addRed("plain.png", 120, 80);
        fx.session.evidence().setRedactions(phone.id(), List.of(new Redaction(50, 25, 100, 50)));

        robot.interact(() -> view.showCase(fx.caseId));
        waitUntil(() -> cell(robot, phone).map(EvidenceFirstUseUiTest::thumbnail).isPresent()
                && cell(robot, plain).map(EvidenceFirstUseUiTest::thumbnail).isPresent());

        robot.interact(() -> {
            EvidenceCell redacted = cell(robot, phone).orElseThrow();
            Image shown = thumbnail(redacted);
            assertThat(shown.getPixelReader().getColor(100, 50)).isEqualTo(Color.BLACK);
            assertThat(shown.getPixelReader().getColor(52, 27)).isEqualTo(Color.BLACK);
            assertThat(shown.getPixelReader().getColor(10, 10)).isEqualTo(Color.RED);
            assertThat(badgeShown(redacted)).isTrue();
            EvidenceCell other = cell(robot, plain).orElseThrow();
            assertThat(thumbnail(other).getPixelReader().getColor(60, 40)).isEqualTo(Color.RED);
            assertThat(badgeShown(other)).isFalse();
        });
        // selected, the exhibit's boxes are over the viewer before its picture arrives
        robot.interact(() -> {
            view.model().selected().set(view.items().stream().filter(e -> e.id() == phone.id()).findFirst()
                    .orElseThrow());
            assertThat(view.inspector().viewer().layer().boxes()).containsExactly(new Redaction(50, 25, 100, 50));
        });
    }

    @Test
    void aBoxDrawnInTheViewerReachesTheThumbnailAndTheBadge(FxRobot robot) throws Exception {
        Evidence shot = addRed("shot.png", 200, 100);
        robot.interact(() -> view.showCase(fx.caseId));
        waitUntil(() -> cell(robot, shot).map(EvidenceFirstUseUiTest::thumbnail).isPresent());
        robot.interact(() -> view.model().selected().set(view.items().get(0)));
        ImageViewer viewer = view.inspector().viewer();
        waitUntil(() -> !viewer.redactButton().isDisabled());

        robot.clickOn(viewer.redactButton());
        robot.interact(() -> viewer.setZoom(1));
        RedactionLayer layer = viewer.layer();
        var from = layer.localToScreen(20, 20);
        var to = layer.localToScreen(80, 60);
        robot.drag(from.getX(), from.getY(), javafx.scene.input.MouseButton.PRIMARY).dropTo(to.getX(), to.getY());

        waitUntil(() -> cell(robot, shot).filter(EvidenceFirstUseUiTest::badgeShown)
                .map(EvidenceFirstUseUiTest::thumbnail)
                .filter(i -> Color.BLACK.equals(i.getPixelReader().getColor(50, 40))).isPresent());
        assertThat(fx.session.evidence().redactions(shot.id())).hasSize(1);
    }

    @Test
    void redactIsAVisibleActionAndItsHintSaysHowToDrawABox(FxRobot robot) throws Exception {
        addRed("shot.png", 200, 100);
        robot.interact(() -> view.showCase(fx.caseId));
        waitUntil(() -> view.items().size() == 1);
        robot.interact(() -> view.model().selected().set(view.items().get(0)));
        ImageViewer viewer = view.inspector().viewer();
        waitUntil(() -> !viewer.redactButton().isDisabled());

        robot.interact(() -> {
            var button = viewer.redactButton();
            assertThat(button.getText()).isEqualTo("打码");
            Bounds b = button.localToScene(button.getBoundsInLocal());
            Bounds v = viewer.localToScene(viewer.getBoundsInLocal());
            assertThat(button.isVisible() && button.getScene() != null).isTrue();
            assertThat(v.contains(b)).as("the button lies inside the viewer, not in an overflow menu").isTrue();
            assertThat(button.getWidth()).as("not cut to an ellipsis").isGreaterThanOrEqualTo(button.prefWidth(-1));
            assertThat(viewer.redactionHint().isVisible()).isFalse();
        });

        robot.clickOn(viewer.redactButton());

        waitUntil(() -> viewer.redactionHint().isVisible() && viewer.redactionHint().getHeight() > 0);
        robot.interact(() -> {
            assertThat(viewer.redactionHint().getText()).contains("拖动").contains("黑框");
            Bounds h = viewer.redactionHint().localToScene(viewer.redactionHint().getBoundsInLocal());
            assertThat(stage.getScene().getWidth()).isGreaterThanOrEqualTo(h.getMaxX());
        });
    }

    @Test
    void addFolderSitsBesideAddFilesWithNeitherCutShort(FxRobot robot) {
        robot.interact(() -> {
            var files = robot.lookup(n -> n instanceof javafx.scene.control.Button b && "添加文件…".equals(b.getText()))
                    .queryAs(javafx.scene.control.Button.class);
            var folder = robot.lookup(n -> n instanceof javafx.scene.control.Button b
                    && "添加文件夹…".equals(b.getText())).queryAs(javafx.scene.control.Button.class);
            assertThat(folder.getParent()).isSameAs(files.getParent());
            Bounds f = files.localToScene(files.getBoundsInLocal());
            Bounds d = folder.localToScene(folder.getBoundsInLocal());
            assertThat(d.getMinX()).isGreaterThanOrEqualTo(f.getMaxX());
            assertThat(d.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
            assertThat(folder.getWidth()).isGreaterThanOrEqualTo(folder.prefWidth(-1));
            assertThat(files.getWidth()).isGreaterThanOrEqualTo(files.prefWidth(-1));
        });
    }

    /** A chat-like screenshot with a coloured header and bars of text. */
    private static BufferedImage chat() {
        BufferedImage img = new BufferedImage(360, 720, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 360, 720);
        g.setColor(new java.awt.Color(0x07c160));
        g.fillRect(0, 0, 360, 90);
        g.setColor(java.awt.Color.DARK_GRAY);
        for (int i = 0; i < 9; i++) {
            g.fillRect(30 + (i % 3) * 20, 150 + i * 60, 160 + (i * 37) % 120, 20);
        }
        g.dispose();
        return img;
    }

    @Test
    void aRePastedScreenshotIsShownBesideTheExhibitItLooksLikeAndCanGoToTheTrash(FxRobot robot) throws Exception {
        Path png = tmp.resolve("look/chat.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(chat(), "png", png.toFile());
        Path jpeg = tmp.resolve("look/chat-copy.jpg");
        ImageIO.write(chat(), "jpg", jpeg.toFile());
        robot.interact(() -> view.showCase(fx.caseId));
        robot.interact(() -> view.model().adding().files(List.of(png)));
        waitUntil(() -> view.items().size() == 1);
        assertThat(robot.lookup(".evidence-lookalike-bar").query().isVisible()).isFalse();

        robot.interact(() -> view.model().adding().files(List.of(jpeg)));

        waitUntil(() -> robot.lookup(".evidence-lookalike-bar").query().isVisible()
                && robot.lookup(".evidence-lookalike-bar .image-view").queryAllAs(ImageView.class).stream()
                .allMatch(i -> i.getImage() != null));
        assertThat(io.casevault.ui.UiFixture.showsText(robot, "E-2 看起来与 E-1 相同")).isTrue();
        assertThat(io.casevault.ui.UiFixture.showsText(robot, "E-1（本案已有）")).isTrue();
        assertThat(io.casevault.ui.UiFixture.showsText(robot, "E-2（刚添加）")).isTrue();
        assertThat(view.items()).hasSize(2); // nothing merged while the user has not decided

        robot.clickOn("把新添加的移到回收站");

        waitUntil(() -> view.items().size() == 1 && view.model().undoable().get() != null);
        assertThat(view.items()).extracting(Evidence::originalName).containsExactly("chat.png");
        assertThat(view.model().undoable().get().exhibit()).isEqualTo("E-2");
        assertThat(robot.lookup(".evidence-lookalike-bar").query().isVisible()).isFalse();
        assertThat(fx.session.dir().resolve("cache/looks")).isDirectory();
    }
}
