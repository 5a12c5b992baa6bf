package io.casevault.ui.evidence;

import io.casevault.ExifJpeg;
import io.casevault.TestFiles;
import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.UiFixture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence view on Monocle with a real vault. A drop is simulated by handing the view's drop handler the same
 * {@link Transfer} a {@code DragEvent}'s dragboard gives it: {@link Transfer#of} over a JavaFX {@link Clipboard}
 * holding the files ({@code Dragboard} is a {@code Clipboard}; its constructor is not public, so a real drag cannot be
 * built headless). Paste goes through {@link EvidenceController#paste()} with the real FX clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceViewUiTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private EvidenceController view;

    @Start
    void start(Stage stage) throws IOException {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        view = CaseTabs.evidence(fx.ctx, fx.background());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 800));
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Transfer files(List<File> files) {
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files);
        Clipboard board = Clipboard.getSystemClipboard();
        board.setContent(content);
        return Transfer.of(board);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; notifications: " + fx.notifier.messages, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void droppedFilesAndFoldersBecomeExhibits(FxRobot robot) throws Exception {
        Path shot = TestFiles.png(tmp.resolve("drop/shot.png"), 120, 200, 1);
        Path folder = tmp.resolve("drop/chat");
        TestFiles.png(folder.resolve("a.png"), 50, 60, 2);
        TestFiles.jpeg(folder.resolve("deeper/b.jpg"), 64, 48, 3);

        robot.interact(() -> assertThat(view.accept(files(List.of(shot.toFile(), folder.toFile())))).isTrue());
        waitFor(() -> view.items().size() == 3);

        assertThat(view.items()).extracting(Evidence::originalName).containsExactly("shot.png", "a.png", "b.jpg");
        assertThat(view.items()).extracting(Evidence::exhibit).containsExactly("E-1", "E-2", "E-3");
        assertThat(fx.notifier.messages).last().satisfies(m -> {
            assertThat(m.error()).isFalse();
            assertThat(m.title()).isEqualTo("3 files added");
        });
        assertThat(fx.tracked).isNotEmpty();
        // thumbnails arrive in the background and end up cached in the vault
        waitFor(() -> robot.lookup(".evidence-cell").queryAll().size() >= 3
                && Files.isDirectory(fx.session.dir().resolve("cache/thumbs"))
                && Files.list(fx.session.dir().resolve("cache/thumbs")).count() >= 3);
    }

    @Test
    void pastedScreenshotIsStoredAsPng(FxRobot robot) throws Exception {
        BufferedImage shot = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        var g = shot.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 80, 40);
        g.dispose();
        robot.interact(() -> {
            Image image = SwingFXUtils.toFXImage(shot, null);
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
            view.paste();
        });
        waitFor(() -> view.items().size() == 1);

        Evidence e = view.items().get(0);
        assertThat(e.originalName()).isEqualTo("Clipboard screenshot 2026-11-25 140000.png");
        assertThat(e.mediaType()).isEqualTo("image/png");
        assertThat(e.width()).isEqualTo(80);
        assertThat(e.height()).isEqualTo(40);
    }

    @Test
    void rejectedFilesAreListedWithTheirReasonInOneNotification(FxRobot robot) throws Exception {
        Path good = TestFiles.png(tmp.resolve("mixed/good.png"), 30, 30, 4);
        Path broken = TestFiles.truncated(good, tmp.resolve("mixed/broken.png"), 40);
        Path missing = tmp.resolve("mixed/gone.png");

        robot.interact(() -> view.accept(files(List.of(good.toFile(), broken.toFile(), missing.toFile()))));
        waitFor(() -> !fx.notifier.messages.isEmpty() && view.items().size() == 1);
        robot.interact(() -> view.accept(files(List.of(good.toFile()))));
        waitFor(() -> fx.notifier.messages.size() == 2);

        var first = fx.notifier.messages.get(0);
        assertThat(first.error()).isTrue();
        assertThat(first.title()).isEqualTo("2 files were not added");
        assertThat(first.text()).contains("1 file was added.").contains("broken.png: ").contains("gone.png: the file does not exist.");
        var second = fx.notifier.messages.get(1);
        assertThat(second.text()).contains("1 file was already in this case").contains("good.png = E-1");
    }

    @Test
    void redactionDrawnOnARotatedPhotoIsSavedInStoredPixels(FxRobot robot) throws Exception {
        Path photo = ExifJpeg.write(tmp.resolve("rot/portrait.jpg"), 400, 200, 6);
        robot.interact(() -> view.accept(files(List.of(photo.toFile()))));
        waitFor(() -> view.items().size() == 1);
        Evidence e = view.items().get(0);
        assertThat(e.orientation()).isEqualTo(6);
        robot.interact(() -> view.model().selected().set(e));
        ImageViewer viewer = view.inspector().viewer();
        waitFor(() -> !viewer.redactButton().isDisabled());
        robot.interact(() -> {
            viewer.setZoom(0.5);
            viewer.redactButton().setSelected(true);
        });
        RedactionLayer layer = viewer.layer();
        assertThat(layer.getWidth()).isEqualTo(100); // upright 200 wide at 50 %
        assertThat(layer.getHeight()).isEqualTo(200);

        var from = layer.localToScreen(10, 20);
        var to = layer.localToScreen(60, 50);
        robot.drag(from.getX(), from.getY(), javafx.scene.input.MouseButton.PRIMARY).dropTo(to.getX(), to.getY());
        waitFor(() -> !fx.session.evidence().redactions(e.id()).isEmpty());

        Redaction saved = fx.session.evidence().redactions(e.id()).get(0);
        // upright (20, 40, 100, 60) at full size is stored x = 40, y = 200 - 20 - 100 = 80, 60 × 100
        assertThat(saved.x()).isBetween(38, 42);
        assertThat(saved.y()).isBetween(78, 82);
        assertThat(saved.width()).isBetween(58, 64);
        assertThat(saved.height()).isBetween(98, 104);
        assertThat(Files.readAllBytes(fx.session.dir().resolve("blobs/sha256").resolve(e.sha256().substring(0, 2))
                .resolve(e.sha256()))).isEqualTo(Files.readAllBytes(photo));

        // select the box and delete it with the Delete key
        var inside = layer.localToScreen(30, 30);
        robot.clickOn(inside.getX(), inside.getY());
        robot.type(javafx.scene.input.KeyCode.DELETE);
        waitFor(() -> fx.session.evidence().redactions(e.id()).isEmpty());
    }


    @Test
    void inTheChineseWindowRefusedFilesAreExplainedInChinese(FxRobot robot) throws Exception {
        UiFixture zh = new UiFixture(Files.createTempDirectory(tmp, "zh"), Locale.SIMPLIFIED_CHINESE);
        try {
            EvidenceController chinese = CaseTabs.evidence(zh.ctx, zh.background());
            robot.interact(() -> {
                Stage stage = new Stage();
                stage.setScene(new Scene((javafx.scene.Parent) chinese.root(), 900, 600));
                stage.show();
                chinese.showCase(zh.caseId);
            });
            Path good = TestFiles.png(tmp.resolve("zh/good.png"), 30, 30, 4);
            Path broken = TestFiles.truncated(good, tmp.resolve("zh/broken.png"), 40);
            Path text = Files.writeString(tmp.resolve("zh/note.png"), "这不是图片，只是文字。");
            Path missing = tmp.resolve("zh/gone.png");

            robot.interact(() -> chinese.accept(files(List.of(broken.toFile(), text.toFile(), missing.toFile()))));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !zh.notifier.messages.isEmpty());

            var message = zh.notifier.messages.get(0);
            assertThat(message.error()).isTrue();
            assertThat(message.text())
                    .contains("broken.png: PNG 数据不完整")
                    .contains("note.png: 文件名像图片（.png），但内容是 text/plain 数据，不是图片。")
                    .contains("gone.png: 文件不存在。")
                    .doesNotContain("truncated", "does not exist", "named like");
            assertThat(chinese.items()).isEmpty();
        } finally {
            zh.close();
        }
    }

    @Test
    void aCaptionTypedBesideTheSelectedExhibitIsSavedAndShownInTheGrid(FxRobot robot) throws Exception {
        Path shot = TestFiles.png(tmp.resolve("caption/shot.png"), 60, 40, 5);
        robot.interact(() -> view.accept(files(List.of(shot.toFile()))));
        waitFor(() -> view.items().size() == 1);
        Evidence e = view.items().get(0);
        robot.interact(() -> view.model().selected().set(e));
        waitFor(() -> robot.lookup(n -> n instanceof javafx.scene.control.Label l && e.sha256().equals(l.getText()))
                .tryQuery().isPresent());

        javafx.scene.control.TextField caption = robot.lookup(n -> n instanceof javafx.scene.control.TextField f
                && "What does this show?".equals(f.getPromptText())).queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(caption).write("Transfer confirmation").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> "Transfer confirmation".equals(fx.session.evidence().get(e.id()).caption()));

        waitFor(() -> robot.lookup(".evidence-caption").queryAll().stream().anyMatch(n ->
                "Transfer confirmation".equals(((javafx.scene.control.Label) n).getText())));
        assertThat(view.items().get(0).caption()).isEqualTo("Transfer confirmation");
    }

    /**
     * The grid's rows have the height their skin gives them, told to the grid's flow up front (so scrolling a large
     * case does not fill rows of cells to measure them): rows follow one another at that pitch, each as high as its
     * skin asks, from the first screen to the last.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyGridRowHasItsSkinsHeightToldToTheFlowFromTheFirstScreenToTheLast(FxRobot robot) throws Exception {
        int exhibits = 30;
        for (int i = 0; i < exhibits; i++) {
            BufferedImage picture = new BufferedImage(40 + i, 30, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(i, 0, 0xff0000 + i);
            Path file = tmp.resolve("row-" + i + ".png");
            javax.imageio.ImageIO.write(picture, "png", file.toFile());
            fx.session.evidence().add(fx.caseId, List.of(file), null, io.casevault.app.Progress.NONE);
        }
        robot.interact(() -> view.showCase(fx.caseId));
        var grid = robot.lookup(".grid-view").queryAs(org.controlsfx.control.GridView.class);
        waitFor(() -> grid.getItems().size() == exhibits && !robot.lookup(".evidence-cell").queryAll().isEmpty());
        var flow = (javafx.scene.control.skin.VirtualFlow<javafx.scene.control.IndexedCell<?>>) grid.lookup(
                ".virtual-flow");
        double pitch = grid.getCellHeight() + 2 * grid.getVerticalCellSpacing();

        assertThat(flow.getFixedCellSize()).isEqualTo(pitch);
        assertThat(flow.getCellCount()).as("rows of the 30 exhibits").isGreaterThan(2);
        for (boolean atEnd : new boolean[] {false, true}) {
            if (atEnd) {
                robot.interact(() -> flow.scrollTo(flow.getCellCount() - 1));
            }
            List<Double> tops = new java.util.ArrayList<>();
            robot.interact(() -> {
                for (int i = 0; i < flow.getCellCount(); i++) {
                    var row = flow.getVisibleCell(i);
                    if (row != null && row.isVisible()) {
                        // the height the row's skin asks for, which the flow no longer measures itself
                        assertThat(row.getHeight()).as("row %d", i).isEqualTo(row.prefHeight(-1)).isEqualTo(pitch);
                        tops.add(row.getLayoutY());
                    }
                }
            });
            assertThat(tops).as(atEnd ? "rows at the end" : "rows at the start").hasSizeGreaterThan(1);
            for (int i = 1; i < tops.size(); i++) {
                assertThat(tops.get(i) - tops.get(i - 1)).isEqualTo(pitch);
            }
        }
    }
}
