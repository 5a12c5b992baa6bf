package io.casevault.ui.evidence;

import io.casevault.domain.Orientation;
import io.casevault.domain.Redaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionMapperTest {

    @Test
    void boxDrawnOnARotatedPhotoIsStoredInTheSensorsPixels() {
        // stored 400 × 200, orientation 6: shown upright as 200 × 400, here at half size (100 × 200 on screen)
        RedactionMapper m = new RedactionMapper(400, 200, new Orientation(6), 0.5);
        assertThat(m.viewWidth()).isEqualTo(100);
        assertThat(m.viewHeight()).isEqualTo(200);

        Redaction r = m.toStored(10, 20, 50, 30).orElseThrow();

        // upright (20, 40, 100, 60) → stored x = 40, y = 200 - 20 - 100 = 80, size turned: 60 × 100
        assertThat(r).isEqualTo(new Redaction(40, 80, 60, 100));
    }

    @Test
    void zoomDividesScreenPixelsIntoImagePixels() {
        RedactionMapper m = new RedactionMapper(1000, 800, Orientation.NORMAL, 2.0);
        assertThat(m.toStored(100, 50, 40, 20)).contains(new Redaction(50, 25, 20, 10));
    }

    @Test
    void boxIsClippedToThePictureAndWidenedToWholePixels() {
        RedactionMapper m = new RedactionMapper(100, 100, Orientation.NORMAL, 3.0);
        // drawn right to left, beyond the bottom-right corner, starting mid-pixel
        assertThat(m.toStored(400, 400, -110, -110)).contains(new Redaction(96, 96, 4, 4));
        assertThat(m.toStored(1, 1, 2, 2)).contains(new Redaction(0, 0, 1, 1));
    }

    @Test
    void boxOutsideThePictureIsNothing() {
        RedactionMapper m = new RedactionMapper(100, 100, Orientation.NORMAL, 1.0);
        assertThat(m.toStored(150, 150, 20, 20)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void storedBoxShownAndDrawnBackIsTheSameBox(int code) {
        RedactionMapper m = new RedactionMapper(640, 480, new Orientation(code), 0.75);
        Redaction stored = new Redaction(12, 34, 56, 78);
        Orientation.Box v = m.toView(stored);
        assertThat(v.x() + v.width()).isLessThanOrEqualTo(m.viewWidth() + 1e-9);
        assertThat(v.y() + v.height()).isLessThanOrEqualTo(m.viewHeight() + 1e-9);
        assertThat(m.toStored(v.x(), v.y(), v.width(), v.height())).contains(stored);
    }
}
