package io.casevault.ui.prefs;

import io.casevault.ui.prefs.WindowPlacement.Area;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {
    private static final double MIN_WIDTH = 760;
    private static final double MIN_HEIGHT = 480;

    @ParameterizedTest
    @CsvSource({
            "1366, 768, 1093, 614",
            "1920, 1080, 1536, 864",
            "1280, 800, 1024, 640",
    })
    void aFirstWindowTakesEightyPercentOfTheScreenCentred(double sw, double sh, double w, double h) {
        Area screen = new Area(0, 0, sw, sh);
        Area placed = WindowPlacement.place(null, screen, MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed.width()).isEqualTo(w);
        assertThat(placed.height()).isEqualTo(h);
        assertThat(placed.x()).isEqualTo(Math.floor((sw - w) / 2));
        assertThat(placed.y()).isEqualTo(Math.floor((sh - h) / 2));
    }

    @Test
    void aFirstWindowIsAtLeastTheLayoutsMinimum() {
        Area placed = WindowPlacement.place(null, new Area(0, 0, 900, 560), MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed.width()).isEqualTo(MIN_WIDTH);
        assertThat(placed.height()).isEqualTo(MIN_HEIGHT);
    }

    @Test
    void aScreenSmallerThanTheMinimumGetsTheWholeScreen() {
        Area placed = WindowPlacement.place(null, new Area(0, 0, 700, 400), MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed).isEqualTo(new Area(0, 0, 700, 400));
    }

    /** Saved x, y, width, height on a screen of the given size → where the window opens. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "fits: kept exactly,                   40,   30,  1200, 700,  1920, 1080, 40,  30,  1200, 700",
            "on a monitor that is gone: on screen, 2500, 200, 1800, 1000, 1366, 768,  0,   0,   1366, 768",
            "past the screen's edge: moved back,   900,  500, 1000, 600,  1366, 768,  366, 168, 1000, 600",
            "below the layout's minimum: grown,    10,   10,  700,  450,  1280, 800,  10,  10,  760,  480",
    })
    void savedBoundsAreBroughtOntoTheScreen(String what, double x, double y, double w, double h, double sw,
                                             double sh, double px, double py, double pw, double ph) {
        Area placed = WindowPlacement.place(new WindowBounds(x, y, w, h), new Area(0, 0, sw, sh), MIN_WIDTH,
                MIN_HEIGHT);
        assertThat(placed).as(what).isEqualTo(new Area(px, py, pw, ph));
    }

    @Test
    void aScreenBelowATopPanelKeepsTheWindowUnderThePanel() {
        Area screen = new Area(0, 27, 1280, 773);
        Area placed = WindowPlacement.place(new WindowBounds(Double.NaN, Double.NaN, 1000, 700), screen,
                MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed.y()).isGreaterThanOrEqualTo(27);
        assertThat(placed.y() + placed.height()).isLessThanOrEqualTo(800);
    }

    @Test
    void theSizeSavedIsTheSizeRestoredSoTheWindowDoesNotGrowFromStartToStart() {
        Area screen = new Area(0, 0, 1920, 1080);
        Area first = WindowPlacement.place(null, screen, MIN_WIDTH, MIN_HEIGHT);
        Area next = first;
        for (int start = 0; start < 5; start++) {
            next = WindowPlacement.place(new WindowBounds(next.x(), next.y(), next.width(), next.height()), screen,
                    MIN_WIDTH, MIN_HEIGHT);
        }
        assertThat(next).isEqualTo(first);
    }
}
