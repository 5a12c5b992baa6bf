package io.casevault.domain;

import io.casevault.domain.Orientation.Box;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrientationTest {
    private static final double W = 400;
    private static final double H = 300;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void storedToUprightAndBackIsTheSameBox(int code) {
        Orientation o = new Orientation(code);
        Box stored = new Box(10, 20, 30, 40);
        Box upright = o.toUpright(stored, W, H);
        assertThat(o.toStored(upright, W, H)).isEqualTo(stored);
        assertThat(upright.x()).isBetween(0.0, (double) o.uprightWidth(400, 300));
        assertThat(upright.x() + upright.width()).isLessThanOrEqualTo(o.uprightWidth(400, 300));
        assertThat(upright.y() + upright.height()).isLessThanOrEqualTo(o.uprightHeight(400, 300));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theUprightTransformMovesABoxsCornersWhereToUprightPutsTheBox(int code) {
        Orientation o = new Orientation(code);
        double[] m = o.uprightTransform(W, H);
        Box stored = new Box(10, 20, 30, 40);
        Box upright = o.toUpright(stored, W, H);
        double[] ax = {m[0] * 10 + m[2] * 20 + m[4], m[0] * 40 + m[2] * 60 + m[4]};
        double[] ay = {m[1] * 10 + m[3] * 20 + m[5], m[1] * 40 + m[3] * 60 + m[5]};
        assertThat(Math.min(ax[0], ax[1])).isEqualTo(upright.x());
        assertThat(Math.min(ay[0], ay[1])).isEqualTo(upright.y());
        assertThat(Math.abs(ax[1] - ax[0])).isEqualTo(upright.width());
        assertThat(Math.abs(ay[1] - ay[0])).isEqualTo(upright.height());
    }

    @Test
    void rotatedClockwisePutsTheStoredTopLeftAtTheUprightTopRight() {
        // orientation 6: the camera was turned; the upright picture is the stored one turned 90° clockwise
        Box upright = new Orientation(6).toUpright(new Box(0, 0, 30, 40), W, H);
        assertThat(upright).isEqualTo(new Box(H - 40, 0, 40, 30));
    }

    @Test
    void rotatedCounterClockwisePutsTheStoredTopLeftAtTheUprightBottomLeft() {
        Box upright = new Orientation(8).toUpright(new Box(0, 0, 30, 40), W, H);
        assertThat(upright).isEqualTo(new Box(0, W - 30, 40, 30));
    }

    @Test
    void mirroredKeepsTheSizeAndFlipsX() {
        assertThat(new Orientation(2).toStored(new Box(0, 5, 10, 10), W, H)).isEqualTo(new Box(W - 10, 5, 10, 10));
        assertThat(new Orientation(2).uprightWidth(400, 300)).isEqualTo(400);
        assertThat(new Orientation(5).uprightWidth(400, 300)).isEqualTo(300);
    }

    @Test
    void codesOutsideExifAreRefused() {
        assertThatThrownBy(() -> new Orientation(9)).isInstanceOf(DomainException.class);
    }
}
