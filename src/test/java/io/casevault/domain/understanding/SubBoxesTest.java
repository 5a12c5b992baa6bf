package io.casevault.domain.understanding;

import io.casevault.domain.Redaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubBoxesTest {

    @Test
    void slicesTheLineByCharacterAdvanceWithCjkCountingTwo() {
        // "电话 13812345678": 2 ideographs (4) + space (1) + 11 digits = 16 units over 160 px
        TextLine line = new TextLine("电话 13812345678", 0.9, 100, 50, 160, 20);
        SensitiveArea area = ScreenshotReading.read(java.util.List.of(line), null).sensitive().get(0);
        // digits span units 5..16 → x 150..260, padded by 5 px (a quarter of 20) and 2 px (a tenth)
        assertThat(area.box()).isEqualTo(new Box(145, 48, 120, 24));
    }

    @Test
    void fullWidthDigitsCountTwoAsWell() {
        TextLine line = new TextLine("电话１３８１２３４５６７８", 0.9, 0, 0, 260, 20);
        SensitiveArea area = ScreenshotReading.read(java.util.List.of(line), null).sensitive().get(0);
        assertThat(area.start()).isEqualTo(2);
        assertThat(area.box()).isEqualTo(new Box(35, 0, 230, 22)); // units 4..26 of 26, clamped at the top
    }

    @Test
    void theBoxNeverStartsOutsideTheImageAndBecomesARedactionWithinIt() {
        TextLine line = new TextLine("13812345678", 0.9, 2, 1, 110, 20);
        Box box = ScreenshotReading.read(java.util.List.of(line), null).sensitive().get(0).box();
        assertThat(box.x()).isZero();
        assertThat(box.y()).isZero();
        assertThat(box.asRedactionWithin(100, 100)).hasValue(new Redaction(0, 0, 100, 23));
        assertThat(new Box(120, 0, 10, 10).asRedactionWithin(100, 100)).isEmpty();
    }

    @Test
    void advanceCountsWideCharactersTwice() {
        assertThat(SubBoxes.advance("ab张三１", 0, 5)).isEqualTo(8);
        assertThat(SubBoxes.advance("😀", 0, 2)).isEqualTo(1);
    }
}
