package io.casevault.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's times, amounts and order numbers are shown whole, however narrow the window: never cut into "…". */
@ExtendWith(ApplicationExtension.class)
class ColumnFitUiTest {
    private static final List<String> ROW = List.of("2026年11月3日 14:30 (UTC+08:00)", "-1,250.00 CNY",
            "2026110322001456789", "A note long enough that it will not fit in any narrow column of this table at all");
    private TableView<List<String>> table;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        for (int i = 0; i < ROW.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>("Column " + i);
            column.setPrefWidth(60);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
            table.getColumns().add(column);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.keep(table, Set.of(table.getColumns().get(3)));
        holder = new StackPane(table);
        stage.setScene(new Scene(holder, 420, 300));
        stage.sizeToScene(); // the stage is shared by the tests, and one of them widens it
        stage.show();
    }

    /** The text a cell shows after the skin has cut it to its width. */
    private static String shown(TableCell<?, ?> cell) {
        Text text = (Text) cell.lookup(".text");
        return text == null ? "" : text.getText();
    }

    private List<TableCell<?, ?>> firstRowCells(FxRobot robot) {
        List<TableCell<?, ?>> cells = new ArrayList<>();
        for (TableCell<?, ?> cell : robot.lookup(".table-cell").queryAllAs(TableCell.class)) {
            if (cell.getIndex() == 0 && cell.getItem() != null) {
                cells.add(cell);
            }
        }
        return cells;
    }

    @Test
    void valuesAreShownWholeAndTheTableScrollsSidewaysWhenNarrow(FxRobot robot) {
        robot.interact(() -> table.getItems().add(ROW));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumnResizePolicy()).isSameAs(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < 3; i++) {
            String value = ROW.get(i);
            assertThat(firstRowCells(robot)).filteredOn(c -> value.equals(c.getItem()))
                    .singleElement().satisfies(c -> assertThat(shown(c)).isEqualTo(value));
        }
        assertThat(table.getColumns().get(3).getWidth()).as("free text stays readable, not a whole line wide")
                .isLessThanOrEqualTo(240);
    }

    /**
     * A long case's rows come from several statements: the order numbers of the later ones (here from row 700 of
     * 1,000) are longer than those of the first, and are shown whole too.
     */
    @Test
    void theValuesOfALongTablesLaterRowsAreShownWholeToo(FxRobot robot) {
        String shortRef = "42";
        String laterRef = ROW.get(2) + "-0001";
        robot.interact(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                rows.add(List.of(ROW.get(0), ROW.get(1), i < 700 ? shortRef : laterRef, "ok"));
            }
            table.getItems().setAll(rows);
            table.scrollTo(999);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<TableCell<?, ?>> refs = new ArrayList<>();
        for (TableCell<?, ?> cell : robot.lookup(".table-cell").queryAllAs(TableCell.class)) {
            if (cell.getIndex() >= 700 && laterRef.equals(cell.getItem())) {
                refs.add(cell);
            }
        }
        assertThat(refs).isNotEmpty().allSatisfy(c -> assertThat(shown(c)).isEqualTo(laterRef));
    }

    @Test
    void aWideTableFillsItsWidthWithTheLastColumn(FxRobot robot) {
        robot.interact(() -> {
            table.getItems().add(List.of("09:30", "1.00", "42", "ok"));
            holder.getScene().getWindow().setWidth(1200);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumnResizePolicy()).isSameAs(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).isGreaterThan(1000);
    }
}
