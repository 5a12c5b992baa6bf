package io.casevault.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts lines in reading order: rows from top to bottom, and left to right within a row. A line belongs to the
 * current row when its vertical centre lies within the row's first line, so a label and its value printed side by
 * side read as "label value" even when their boxes differ in height by a few pixels.
 */
final class ReadingOrder {
    private ReadingOrder() {
    }

    static List<OcrLine> sort(List<OcrLine> lines) {
        List<OcrLine> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingDouble(ReadingOrder::centreY).thenComparingInt(OcrLine::x));
        List<OcrLine> ordered = new ArrayList<>(lines.size());
        int i = 0;
        while (i < byTop.size()) {
            OcrLine first = byTop.get(i);
            List<OcrLine> row = new ArrayList<>();
            while (i < byTop.size() && centreY(byTop.get(i)) < first.y() + first.h()) {
                row.add(byTop.get(i++));
            }
            row.sort(Comparator.comparingInt(OcrLine::x));
            ordered.addAll(row);
        }
        return ordered;
    }

    private static double centreY(OcrLine l) {
        return l.y() + l.h() / 2.0;
    }
}
