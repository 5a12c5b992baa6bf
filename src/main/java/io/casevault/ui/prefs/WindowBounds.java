package io.casevault.ui.prefs;

/** Where the main window was and how large; width and height at least a usable minimum. */
public record WindowBounds(double x, double y, double width, double height) {
    public WindowBounds {
        if (Double.isNaN(width) || Double.isNaN(height)) {
            throw new IllegalArgumentException("A window's size must be a number: " + width + "×" + height);
        }
        width = Math.max(width, 640);
        height = Math.max(height, 420);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
