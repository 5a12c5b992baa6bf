package io.casevault.dossier;

import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {
    /** Every character one unit wide, so widths count characters. */
    private static final LineBreaker.Measure UNIT = cp -> 1f;

    @Test
    void chineseBreaksBetweenIdeographsWithoutHyphens() {
        List<String> lines = LineBreaker.lines("我通过支付宝向张三转账一千二百五十元", 5, UNIT);
        assertThat(lines).containsExactly("我通过支付", "宝向张三转", "账一千二百", "五十元");
        assertThat(String.join("", lines)).doesNotContain("-");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        List<String> lines = LineBreaker.lines("对方至今未收到款项，我已多次联系客服。", 9, UNIT);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotStartWith("，").doesNotStartWith("。"));
        assertThat(lines.get(0)).isEqualTo("对方至今未收到款");
        assertThat(lines.get(1)).startsWith("项，");
    }

    @Test
    void openingBracketNeverEndsALine() {
        List<String> lines = LineBreaker.lines("我已联系客服（工单号八八二三一）", 7, UNIT);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith("（"));
    }

    @Test
    void latinWordsBreakAtSpacesAndLongIdsAreCut() {
        assertThat(LineBreaker.lines("refund the amount", 10, UNIT)).containsExactly("refund the", "amount");
        List<String> id = LineBreaker.lines("ref 2026110322001456789012345678", 10, UNIT);
        assertThat(id).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(10));
        assertThat(String.join("", id)).isEqualTo("ref2026110322001456789012345678");
    }

    @Test
    void explicitLineBreaksAreKept() {
        assertThat(LineBreaker.lines("one\ntwo", 20, UNIT)).containsExactly("one", "two");
    }

    @Test
    void orientationSixTurnsTheStoredTopRowToTheRight() {
        Matrix m = Orientation.matrix(6, 0, 0, 100, 200);
        // image space (0, 1) is the stored top-left pixel; upright it is the top-right corner of the box
        java.awt.geom.Point2D p = m.transformPoint(0, 1);
        assertThat(p.getX()).isEqualTo(100, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.getY()).isEqualTo(200, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Orientation.swapsAxes(6)).isTrue();
        assertThat(Orientation.swapsAxes(3)).isFalse();
    }
}
