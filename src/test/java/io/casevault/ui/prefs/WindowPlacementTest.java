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

    @Test
    void savedBoundsThatFitAreKeptExactly() {
        WindowBounds saved = new WindowBounds(40, 30, 1200, 700);
        Area placed = WindowPlacement.place(saved, new Area(0, 0, 1920, 1080), MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed).isEqualTo(new Area(40, 30, 1200, 700));
    }

    @Test
    void savedBoundsOnAMonitorThatIsGoneAreBroughtOntoTheScreen() {
        WindowBounds saved = new WindowBounds(2500, 200, 1800, 1000);
        Area placed = WindowPlacement.place(saved, new Area(0, 0, 1366, 768), MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed).isEqualTo(new Area(0, 0, 1366, 768));
    }

    @Test
    void savedBoundsReachingPastTheScreensEdgeAreMovedBack() {
        WindowBounds saved = new WindowBounds(900, 500, 1000, 600);
        Area placed = WindowPlacement.place(saved, new Area(0, 0, 1366, 768), MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed).isEqualTo(new Area(366, 168, 1000, 600));
    }

    @Test
    void savedBoundsTooSmallForTheLayoutGrowToTheMinimum() {
        WindowBounds saved = new WindowBounds(10, 10, 700, 450);
        Area placed = WindowPlacement.place(saved, new Area(0, 0, 1280, 800), MIN_WIDTH, MIN_HEIGHT);
        assertThat(placed).isEqualTo(new Area(10, 10, MIN_WIDTH, MIN_HEIGHT));
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
