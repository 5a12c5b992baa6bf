package io.casevault.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows across pages: cells wrap inside their column, a row that does not fit moves to the next page,
 * and the header row is repeated at the top of every page the table continues on.
 */
final class TableLayout {
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3.5f;

    private final PageFlow flow;
    private final float[] widths;
    private final List<String> header;
    private final Style body;
    private final List<Style> columnStyles = new ArrayList<>();
    private int rowIndex;
    private boolean atPageTop;

    /** {@code fractions} are the column shares of the text width and must add up to 1. */
    TableLayout(PageFlow flow, float[] fractions, List<String> header, Style body) {
        if (fractions.length != header.size()) {
            throw new IllegalArgumentException("One width per header cell");
        }
        this.flow = flow;
        this.widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * PageFlow.width();
            columnStyles.add(body);
        }
        this.header = List.copyOf(header);
        this.body = body;
    }

    /** Gives one column its own style, e.g. a smaller size for hashes. */
    TableLayout columnStyle(int column, Style style) {
        columnStyles.set(column, style);
        return this;
    }

    void start() {
        flow.ensure(headerHeight() + 2 * body.leading() + 2 * PAD_Y);
        drawHeader();
    }

    void row(String... cells) {
        row(false, cells);
    }

    /**
     * The heading row of a group of rows (a thread's subject), printed like an emphasised row but never last on a
     * page: it moves to the next page with its group when the first two lines of a row would not fit after it.
     */
    void groupHeading(String... cells) {
        List<List<String>> wrapped = wrap(cells, true);
        float needed = lines(wrapped) * maxLeading(true) + 2 * PAD_Y + 2 * maxLeading(false) + 2 * PAD_Y;
        if (!atPageTop && flow.room() < needed) {
            flow.newPage();
            drawHeader();
        }
        row(true, cells);
    }

    /** A row; {@code emphasis} prints it bold on a light band (totals). */
    void row(boolean emphasis, String... cells) {
        List<List<String>> wrapped = wrap(cells, emphasis);
        int lines = lines(wrapped);
        int done = 0;
        float lineHeight = maxLeading(emphasis);
        while (done < lines) {
            int fit = (int) Math.floor((flow.room() - 2 * PAD_Y) / lineHeight);
            int needed = lines - done;
            if (fit < needed) {
                // keep a row together when a fresh page can hold it; split only rows taller than a page
                int capacity = (int) Math.floor((PageFlow.top() - PageFlow.BOTTOM - headerHeight() - 2 * PAD_Y)
                        / lineHeight);
                if (fit < 1 || needed <= capacity && !atPageTop) {
                    flow.newPage();
                    drawHeader();
                    continue;
                }
            }
            int take = Math.min(needed, fit);
            drawRow(wrapped, done, take, lineHeight, emphasis);
            done += take;
        }
        rowIndex++;
    }

    private List<List<String>> wrap(String[] cells, boolean emphasis) {
        if (cells.length != widths.length) {
            throw new IllegalArgumentException("One cell per column");
        }
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            wrapped.add(flow.wrap(cells[i] == null ? "" : cells[i], style(i, emphasis), widths[i] - 2 * PAD_X));
        }
        return wrapped;
    }

    private static int lines(List<List<String>> wrapped) {
        return Math.max(1, wrapped.stream().mapToInt(List::size).max().orElse(1));
    }

    private void drawRow(List<List<String>> wrapped, int from, int count, float lineHeight, boolean emphasis) {
        float h = count * lineHeight + 2 * PAD_Y;
        float top = flow.y();
        if (emphasis) {
            flow.fillRect(PageFlow.LEFT, top - h, PageFlow.width(), h, 0.9f);
        } else if (rowIndex % 2 == 1) {
            flow.fillRect(PageFlow.LEFT, top - h, PageFlow.width(), h, 0.965f);
        }
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            Style s = style(c, emphasis);
            List<String> cell = wrapped.get(c);
            for (int k = 0; k < count && from + k < cell.size(); k++) {
                float baseline = top - PAD_Y - (k + 1) * lineHeight + (lineHeight - s.size()) / 2 + s.size() * 0.15f;
                flow.drawText(cell.get(from + k), x + PAD_X, baseline, s);
            }
            x += widths[c];
        }
        flow.moveTo(top - h);
        flow.rule(0.82f, 0.4f);
        atPageTop = false;
    }

    private void drawHeader() {
        float h = headerHeight();
        float top = flow.y();
        flow.fillRect(PageFlow.LEFT, top - h, PageFlow.width(), h, 0.86f);
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            List<String> l = flow.wrap(header.get(c), Style.TABLE_HEAD, widths[c] - 2 * PAD_X);
            for (int k = 0; k < l.size(); k++) {
                float baseline = top - PAD_Y - (k + 1) * Style.TABLE_HEAD.leading() + 2.8f;
                flow.drawText(l.get(k), x + PAD_X, baseline, Style.TABLE_HEAD);
            }
            x += widths[c];
        }
        flow.moveTo(top - h);
        rowIndex = 0;
        atPageTop = flow.y() > PageFlow.top() - h - 1;
    }

    private float headerHeight() {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, flow.wrap(header.get(c), Style.TABLE_HEAD, widths[c] - 2 * PAD_X).size());
        }
        return lines * Style.TABLE_HEAD.leading() + 2 * PAD_Y;
    }

    private float maxLeading(boolean emphasis) {
        float max = 0;
        for (int c = 0; c < widths.length; c++) {
            max = Math.max(max, style(c, emphasis).leading());
        }
        return max;
    }

    private Style style(int column, boolean emphasis) {
        Style s = columnStyles.get(column);
        return emphasis ? s.bolder() : s;
    }
}
