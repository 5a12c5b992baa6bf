package io.casevault.ui.transactions;

import io.casevault.app.ImportResult;
import io.casevault.domain.Transaction;
import io.casevault.importer.StatementFixtures;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Theme;
import io.casevault.ui.shell.Appearance;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choosing the rows of a statement in the import dialog over a real vault: ticks and the count on the Import button,
 * the right-click menu (readable in both themes), and Esc asking before a chosen import is thrown away.
 */
@ExtendWith(ApplicationExtension.class)
class ImportSelectionUiTest {
    /** 25 rows, one a day from 10 September 2026; the fixture's case happened on 1 October. */
    private static final int ROWS = 25;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 10);

    @TempDir
    Path dir;
    private UiFixture fixture;
    private Stage stage;
    private final List<ImportResult> imported = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new UiFixture(dir, Locale.SIMPLIFIED_CHINESE);
        Appearance.applyTheme(Theme.LIGHT);
        Scene scene = new Scene(new StackPane(), 400, 300);
        Appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Waits (up to 10 s) until {@code condition} holds, checking it on the FX thread. */
    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                    .get());
        } catch (TimeoutException e) {
            throw new AssertionError("the dialog did not reach the expected state within 10 seconds", e);
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path monthOfRows() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(StatementFixtures.alipayRow(FIRST_DAY.plusDays(i) + " 12:00:00", "日用百货", i % 2 == 0 ? "优选商城"
                    : "张三", "货", "支出", (i + 1) + ".00", "交易成功", "A" + i));
        }
        return StatementFixtures.write(dir.resolve("九月.csv"), StatementFixtures.alipayApp(rows)
                .getBytes(StatementFixtures.GB18030));
    }

    @SuppressWarnings("unchecked")
    private static TableView<PreviewRow> preview(FxRobot robot) {
        return robot.lookup("#previewTable").queryAs(TableView.class);
    }

    private static Button importButton(FxRobot robot) {
        return robot.lookup("#runImportButton").queryAs(Button.class);
    }

    private void open(FxRobot robot) throws Exception {
        Path file = monthOfRows();
        WaitForAsyncUtils.asyncFx(() -> new ImportStatementDialog(fixture.session.statements(), fixture.ctx.texts(),
                fixture.background(), fixture.notifier, fixture.ctx.zone()).show(stage, fixture.caseId, file,
                imported::add)).get();
        waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent() && preview(robot).getItems().size() == ROWS);
    }

    private static CheckBox tickOf(FxRobot robot, int index) {
        PreviewRow row = preview(robot).getItems().get(index);
        // the table draws its cells on the next pulse
        waitUntil(() -> tick(robot, row).isPresent());
        return tick(robot, row).orElseThrow();
    }

    private static Optional<CheckBox> tick(FxRobot robot, PreviewRow row) {
        return robot.lookup(".import-tick").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getParent() instanceof TableCell<?, ?> cell && cell.getItem() == row).findFirst();
    }

    /**
     * A right click on {@code cell}: the headless test platform sends no context-menu request for the secondary
     * button, so the request the window system would send is fired at the cell.
     */
    private static void openMenu(FxRobot robot, Node cell) {
        robot.interact(() -> {
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            Point2D local = cell.screenToLocal(b.getCenterX(), b.getCenterY());
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        waitUntil(() -> robot.lookup(".context-menu").tryQuery().isPresent());
    }

    private static boolean dialogOpen(FxRobot robot) {
        return robot.lookup("#runImportButton").tryQuery().isPresent();
    }

    @Test
    void theTicksDecideWhatIsImportedAndTheButtonSaysHowMany(FxRobot robot) throws Exception {
        open(robot);
        // 16 September to 16 October: the rows from the seventh on
        waitUntil(() -> importButton(robot).getText().equals("导入 19 行"));
        assertThat(robot.lookup("#selectionNote").queryAs(Label.class).getText()).startsWith("这份账单有 25 行");

        robot.clickOn("#selectNoneButton");
        waitUntil(() -> importButton(robot).getText().equals("不导入任何行"));
        assertThat(importButton(robot).isDisabled()).isTrue();

        robot.clickOn(tickOf(robot, 0));
        waitUntil(() -> importButton(robot).getText().equals("导入 1 行"));
        robot.interact(() -> preview(robot).getSelectionModel().selectIndices(1, 2));
        openMenu(robot, tickOf(robot, 2).getParent());
        robot.clickOn("勾选选中的行");
        waitUntil(() -> importButton(robot).getText().equals("导入 3 行"));

        robot.clickOn("#runImportButton");
        waitUntil(() -> !dialogOpen(robot) && imported.size() == 1);
        assertThat(imported.get(0).imported()).isEqualTo(3);
        assertThat(imported.get(0).chosen()).isEqualTo(3);
        assertThat(fixture.session.transactions().list(fixture.caseId)).extracting(Transaction::txRef)
                .containsExactlyInAnyOrder("A0", "A1", "A2");
    }

    @Test
    void escAsksBeforeThrowingAwayChosenRowsAndKeepEditingKeepsThem(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(tickOf(robot, 0));
        waitUntil(() -> importButton(robot).getText().equals("导入 20 行"));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#keepEditingButton").tryQuery().isPresent());
        assertThat(robot.lookup("放弃这次导入？").tryQuery()).isPresent();
        robot.clickOn("#keepEditingButton");
        waitUntil(() -> robot.lookup("#keepEditingButton").tryQuery().isEmpty());
        assertThat(dialogOpen(robot)).isTrue();
        assertThat(importButton(robot).getText()).isEqualTo("导入 20 行");

        // the window's close box asks the same
        Window dialog = importButton(robot).getScene().getWindow();
        robot.interact(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("dialog showing").isTrue();
        waitUntil(() -> robot.lookup("#keepEditingButton").tryQuery().isPresent());
        robot.clickOn("#keepEditingButton");
        waitUntil(() -> robot.lookup("#keepEditingButton").tryQuery().isEmpty());
        assertThat(dialogOpen(robot)).isTrue();

        robot.clickOn("#selectAllButton");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#discardImportButton").tryQuery().isPresent());
        robot.clickOn("#discardImportButton");
        waitUntil(() -> !dialogOpen(robot));
        assertThat(fixture.session.transactions().list(fixture.caseId)).isEmpty();
    }

    @Test
    void escClosesAnUntouchedPreviewAtOnce(FxRobot robot) throws Exception {
        open(robot);
        openMenu(robot, tickOf(robot, 3).getParent());
        robot.type(KeyCode.ESCAPE); // the menu
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen(robot));
        assertThat(robot.lookup("#discardImportButton").tryQuery()).isEmpty();
    }

    @Test
    void theRightClickMenuIsReadableInTheLightTheme(FxRobot robot) throws Exception {
        menuIsReadable(robot);
    }

    @Test
    void theRightClickMenuIsReadableInTheDarkTheme(FxRobot robot) throws Exception {
        robot.interact(() -> Appearance.applyTheme(Theme.DARK));
        menuIsReadable(robot);
    }

    private void menuIsReadable(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> preview(robot).getSelectionModel().select(4));
        openMenu(robot, tickOf(robot, 4).getParent());
        waitUntil(() -> robot.lookup("只勾选这些行").tryQuery().isPresent());
        for (String item : List.of("勾选选中的行", "取消勾选选中的行", "只勾选这些行")) {
            Label label = robot.lookup(".context-menu .label").queryAllAs(Label.class).stream()
                    .filter(l -> item.equals(l.getText())).findFirst().orElseThrow();
            Color text = (Color) label.getTextFill();
            Color behind = background(label);
            assertThat(contrast(text, behind)).as("%s: %s on %s", item, text, behind).isGreaterThanOrEqualTo(4.5);
        }
        // right-clicking selected the row and took the focus from the table: its text must stay readable too
        TableCell<?, ?> cell = (TableCell<?, ?>) robot.lookup(".import-preview .table-cell").queryAllAs(
                TableCell.class).stream().filter(c -> c.getTableRow() != null && c.getTableRow().isSelected()
                && "A4".equals(c.getText())).findFirst().orElseThrow();
        Color text = (Color) cell.getTextFill();
        Color behind = background(cell);
        assertThat(contrast(text, behind)).as("selected row: %s on %s", text, behind).isGreaterThanOrEqualTo(4.5);
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * The colour a text is drawn on: the topmost opaque fill of the nearest region behind it that has one (the
     * fills below it are borders).
     */
    private static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                Color top = null;
                for (BackgroundFill f : r.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0.9) {
                        top = c;
                    }
                }
                if (top != null) {
                    return top;
                }
            }
        }
        throw new AssertionError("nothing opaque behind " + node);
    }

    /** The WCAG contrast ratio of two colours, 1 to 21. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
