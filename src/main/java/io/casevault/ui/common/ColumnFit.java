package io.casevault.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Sizes a table's text columns to what they show, so a time, an amount or an order number is never cut into "…":
 * each column is as wide as its header and its widest value among rows sampled from the whole table. Columns of free
 * text (notes) may stay narrower and show the rest in their tooltip. When the columns need more than the table's
 * width the table scrolls sideways instead of squeezing them; otherwise the last column takes the rest of the width.
 */
public final class ColumnFit<R> {
    /**
     * Rows measured, spread evenly over the table: a long case's rows come from several statements, whose values (a
     * provider's order numbers, a larger sum) the first rows alone would not show. Getting a row's texts formats its
     * time and amount; on a cold start, the first 300 rows' worth took 68 ms of opening a 10,000-row tab (by hand).
     */
    private static final int SAMPLE_ROWS = 120;
    /** Of those, the values measured per column: the ones that look widest by their characters. */
    private static final int MEASURED = 8;
    /** From here on (U+1100, Hangul Jamo, before the CJK blocks) a character is counted as wide. */
    private static final char WIDE_FROM = '\u1100';
    /** A cell's padding and the header's sort arrow, beyond the text itself. */
    private static final double PADDING = 28;
    /** The widest a free-text column is made when its values are long; the tooltip shows the rest. */
    private static final double FREE_TEXT_MAX = 240;
    /** How narrow the user may make a free-text column. */
    private static final double FREE_TEXT_MIN = 90;

    private final TableView<R> table;
    private final Set<TableColumn<R, ?>> freeText;
    private final Text probe = new Text();

    private ColumnFit(TableView<R> table, Set<TableColumn<R, ?>> freeText) {
        this.table = Objects.requireNonNull(table);
        this.freeText = Set.copyOf(freeText);
    }

    /**
     * Keeps {@code table}'s columns fitted as its rows change and it is resized; {@code freeText} columns are capped
     * at a readable width.
     */
    public static <R> void keep(TableView<R> table, Set<TableColumn<R, ?>> freeText) {
        ColumnFit<R> fit = new ColumnFit<>(table, freeText);
        table.itemsProperty().addListener((o, old, items) -> fit.fit());
        table.getItems().addListener((ListChangeListener<R>) c -> fit.fit());
        table.widthProperty().addListener((o, old, width) -> fit.choosePolicy());
        table.skinProperty().addListener((o, old, skin) -> fit.fit());
    }

    private void fit() {
        probe.setFont(cellFont());
        int[] rows = sampledRows(table.getItems().size());
        for (TableColumn<R, ?> column : table.getColumns()) {
            double width = widthOf(column.getText());
            for (String value : widestLooking(column, rows)) {
                width = Math.max(width, widthOf(value));
            }
            width = Math.ceil(width + PADDING);
            boolean free = freeText.contains(column);
            if (free) {
                width = Math.min(width, FREE_TEXT_MAX);
            }
            column.setMinWidth(free ? Math.min(width, FREE_TEXT_MIN) : width);
            column.setPrefWidth(width);
        }
        choosePolicy();
    }

    /** Sideways scrolling only when the fitted columns do not fit; otherwise the last column fills the rest. */
    private void choosePolicy() {
        double needed = table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum();
        boolean fits = needed <= table.getWidth() - PADDING;
        table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** Every row of a short table; of a longer one, {@link #SAMPLE_ROWS} spread evenly from its first to its last. */
    static int[] sampledRows(int size) {
        if (size <= SAMPLE_ROWS) {
            return IntStream.range(0, size).toArray();
        }
        return IntStream.range(0, SAMPLE_ROWS).map(i -> (int) ((long) i * (size - 1) / (SAMPLE_ROWS - 1))).toArray();
    }

    /**
     * The few values of these rows that look widest, counting a CJK character as two Latin ones: only those are
     * measured (measuring text on the FX thread costs: measuring every value of 300 rows stalled opening the tab).
     */
    private List<String> widestLooking(TableColumn<R, ?> column, int[] rows) {
        List<String> widest = new ArrayList<>();
        List<Integer> looks = new ArrayList<>();
        for (int i : rows) {
            Object value = column.getCellData(i);
            if (value == null) {
                continue;
            }
            String text = value.toString();
            int look = looksWide(text);
            int at = 0;
            while (at < looks.size() && looks.get(at) >= look) {
                at++;
            }
            if (at < MEASURED && !widest.contains(text)) {
                widest.add(at, text);
                looks.add(at, look);
                if (widest.size() > MEASURED) {
                    widest.remove(MEASURED);
                    looks.remove(MEASURED);
                }
            }
        }
        return widest;
    }

    /** Roughly how wide a text is, in Latin characters: CJK and other wide characters count twice. */
    private static int looksWide(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) >= WIDE_FROM ? 2 : 1;
        }
        return n;
    }

    private double widthOf(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The font the table's cells are drawn in (the theme's), read from a header label once the table is styled. */
    private Font cellFont() {
        for (Node node : table.lookupAll(".label")) {
            if (node instanceof Labeled label) {
                return label.getFont();
            }
        }
        return Font.getDefault();
    }
}
