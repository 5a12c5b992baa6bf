package io.casevault.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingOrderTest {

    private static OcrLine line(String text, int x, int y, int h) {
        return new OcrLine(text, 0.9, x, y, 100, h);
    }

    @Test
    void rowsGoTopToBottomAndLeftToRightEvenWhenBoxesInARowDifferInHeight() {
        List<OcrLine> lines = List.of(
                line("订单号", 60, 400, 40), line("2026110322001456789", 600, 406, 32),
                line("收款方", 60, 300, 42), line("张三", 900, 298, 46),
                line("交易详情", 60, 80, 50));
        List<OcrLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(ReadingOrder.sort(shuffled)).extracting(OcrLine::text)
                .containsExactly("交易详情", "收款方", "张三", "订单号", "2026110322001456789");
    }

    @Test
    void aLineBelowTheRowsFirstLineStartsANewRow() {
        assertThat(ReadingOrder.sort(List.of(line("b", 10, 60, 40), line("a", 500, 10, 40))))
                .extracting(OcrLine::text).containsExactly("a", "b");
    }
}
