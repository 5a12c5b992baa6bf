package io.casevault.ui.common;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a dialog's minimum size (issue 13: a window manager opened the new-case dialog at 200 × 200 with its fields
 * cut off): the window may not be made smaller than its content needs, and it fits a 1366 × 768 screen.
 */
public final class DialogSizes {
    private DialogSizes() {
    }

    /** Call on the FX thread with the dialog showing. */
    public static void assertMinimumHoldsTheContent(DialogPane pane) {
        Window window = pane.getScene().getWindow();
        Stage stage = (Stage) window;
        double chromeWidth = window.getWidth() - pane.getScene().getWidth();
        double chromeHeight = window.getHeight() - pane.getScene().getHeight();
        // the window's size includes its decorations (none in the headless tests)
        double needWidth = pane.prefWidth(-1) + chromeWidth;
        double needHeight = pane.prefHeight(stage.getMinWidth() - chromeWidth) + chromeHeight;
        assertThat(stage.getMinWidth()).as("minimum width of %s", stage.getTitle())
                .isGreaterThanOrEqualTo(needWidth).isLessThanOrEqualTo(1366);
        assertThat(stage.getMinHeight()).as("minimum height of %s", stage.getTitle())
                .isGreaterThanOrEqualTo(needHeight).isLessThanOrEqualTo(740);
        assertThat(window.getWidth()).isGreaterThanOrEqualTo(stage.getMinWidth());
        assertThat(window.getHeight()).isGreaterThanOrEqualTo(stage.getMinHeight());
    }
}
