package io.casevault.ui.export;

import io.casevault.app.Progress;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.shell.Appearance;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The export tab over a real vault: a finished export, a cancelled one, and one that cannot be written. */
@ExtendWith(ApplicationExtension.class)
class ExportViewUiTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private volatile boolean holdUntilCancelled;
    private final CountDownLatch firstExhibitWritten = new CountDownLatch(1);
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final AtomicReference<Double> highestProgress = new AtomicReference<>(-1.0);

    @Start
    void start(Stage stage) throws Exception {
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        fixture = new UiFixture(dir, Locale.ENGLISH);
        Path png = dir.resolve("screenshot.png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ImageIO.write(image, "png", png.toFile());
        fixture.session.evidence().add(fixture.caseId, List.of(png), "Payment screen", Progress.NONE);
        Exporter exporter = (id, options, progress) -> fixture.session.exports().export(id, options,
                holdUntilCancelled ? new HoldUntilCancelled(progress) : progress);
        FileOpener opener = new FileOpener() {
            @Override
            public void open(Path file) {
                opened.add(file);
            }

            @Override
            public void showInFolder(Path file) {
                opened.add(file.getParent());
            }
        };
        CaseView view = new ExportViews(exporter, fixture.session.exports()::predict,
                fixture.session.cases()::get, opener, dir, fixture.ctx.texts(),
                fixture.background(), fixture.ctx.clock().withZone(UiFixture.ZONE), fixture.notifier,
                HandOverUiTest.dialogs(fixture, (owner, initial) -> java.util.Optional.of(dir)))
                .load(new FxmlLoaderFactory(fixture.ctx.bundle()));
        Scene scene = new Scene((Parent) view.root(), 900, 650);
        Appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        view.showCase(fixture.caseId);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Blocks after the first exhibit until the user cancels (at most 20 s), so Cancel is never too late. */
    private final class HoldUntilCancelled implements Progress {
        private final Progress inner;

        HoldUntilCancelled(Progress inner) {
            this.inner = inner;
        }

        @Override
        public void update(long done, long total, String item) {
            inner.update(done, total, item);
            firstExhibitWritten.countDown();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!inner.isCancelled() && System.nanoTime() < end) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }
    }

    private void setOutput(FxRobot robot, Path out) throws Exception {
        TextField field = robot.lookup("#outputField").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText(out.toString())).get();
    }

    private static void waitLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
    }

    @Test
    void theCopyToSendShowsItsPredictedSizeThenTheSizeItCameTo(FxRobot robot) throws Exception {
        Path out = dir.resolve("to-send.pdf");
        setOutput(robot, out);
        robot.clickOn("#copySubmission");
        Label prediction = robot.lookup("#predictionLabel").queryAs(Label.class);
        waitLong(() -> prediction.getText().startsWith("Predicted"));
        assertThat(prediction.getText()).contains("one file", "20.0 MB", "as they are");
        assertThat(robot.lookup("#presetSource").queryAs(Label.class).getText()).contains("common e-mail limit");

        robot.clickOn("#exportButton");
        waitLong(() -> robot.lookup("#exportResultPane").query().isVisible());

        assertThat(Files.size(out)).isLessThanOrEqualTo(20_000_000);
        assertThat(robot.lookup("#achievedLabel").queryAs(Label.class).getText()).startsWith("Written:")
                .contains("one file", "predicted");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getDocumentCatalog().getNames()).as("only the manifest is attached")
                    .satisfies(n -> assertThat(n.getEmbeddedFiles().getNames()).containsOnlyKeys("manifest.json"));
        }
    }

    @Test
    void attachOriginalsIsUntickedForTheCopyToSendAndComesBackAsLeftForTheArchivalOne(FxRobot robot) {
        CheckBox originals = robot.lookup("#attachOriginals").queryAs(CheckBox.class);
        robot.clickOn("#attachOriginals");
        assertThat(originals.isSelected()).isFalse();
        robot.clickOn("#attachOriginals");
        assertThat(originals.isSelected()).isTrue();

        robot.clickOn("#copySubmission");
        assertThat(originals.isDisabled()).isTrue();
        assertThat(originals.isSelected()).as("the copy to send attaches no originals").isFalse();

        robot.clickOn("#copyArchival");
        assertThat(originals.isDisabled()).isFalse();
        assertThat(originals.isSelected()).as("as the user left it").isTrue();
        robot.clickOn("#attachOriginals");
        robot.clickOn("#copySubmission");
        robot.clickOn("#copyArchival");
        assertThat(originals.isSelected()).isFalse();
    }

    @Test
    void theDefaultFileIsNamedAfterTheCaseAndTheDay(FxRobot robot) {
        TextField field = robot.lookup("#outputField").queryAs(TextField.class);
        waitUntil(() -> !field.getText().isEmpty());
        assertThat(Path.of(field.getText()).getFileName().toString()).isEqualTo("转账未到账-dossier-2026-11-25.pdf");
    }

    @Test
    void exportingWritesThePdfAndOffersToOpenIt(FxRobot robot) throws Exception {
        Path out = dir.resolve("dossier.pdf");
        setOutput(robot, out);
        ProgressBar bar = robot.lookup("#exportProgress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.asyncFx(() -> bar.progressProperty().addListener((o, a, b) ->
                highestProgress.accumulateAndGet(b.doubleValue(), Math::max))).get();
        robot.clickOn("#exportButton");
        waitLong(() -> robot.lookup("#exportResultPane").query().isVisible());

        assertThat(out).isRegularFile();
        int pages;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            pages = pdf.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(robot.lookup("#exportedPages").queryAs(Label.class).getText()).isEqualTo(pages + " pages");
        assertThat(robot.lookup("#exportedPath").queryAs(Label.class).getText()).isEqualTo(out.toString());
        assertThat(highestProgress.get()).isEqualTo(1.0);
        assertThat(showsText(robot, "Dossier saved")).isTrue();

        robot.clickOn("#openExportButton");
        waitUntil(() -> opened.contains(out));
    }

    @Test
    void cancellingLeavesNoFile(FxRobot robot) throws Exception {
        holdUntilCancelled = true;
        Path folder = Files.createDirectory(dir.resolve("out"));
        setOutput(robot, folder.resolve("dossier.pdf"));
        robot.clickOn("#exportButton");
        assertThat(firstExhibitWritten.await(60, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> robot.lookup("#cancelExportButton").queryAs(Button.class).isVisible());
        robot.clickOn("#cancelExportButton");
        waitLong(() -> showsText(robot, "Export cancelled. No file was written."));
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
        assertThat(robot.lookup("#exportResultPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aFolderThatDoesNotExistIsSaidInOneSentence(FxRobot robot) throws Exception {
        setOutput(robot, dir.resolve("missing").resolve("dossier.pdf"));
        robot.clickOn("#exportButton");
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        waitLong(() -> message.isVisible() && !message.getText().isEmpty());
        assertThat(message.getText()).startsWith("The export failed: The folder ").contains("does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
