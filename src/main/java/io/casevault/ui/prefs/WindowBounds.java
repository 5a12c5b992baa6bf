package io.casevault.ui.prefs;

/** Where the main window was and how large; width and height at least a usable minimum. */
public record WindowBounds(double x, double y, double width, double height) {
    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800);

    public WindowBounds {
        width = Math.max(width, 640);
        height = Math.max(height, 420);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
