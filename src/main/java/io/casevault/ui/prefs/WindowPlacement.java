package io.casevault.ui.prefs;

/**
 * Where the main window opens: the saved bounds when they still fit the screen, moved and shrunk onto it when they
 * do not (a monitor that is gone, a smaller one), and without saved bounds about 80 % of the screen, centred. Never
 * smaller than the layout's minimum unless the screen itself is smaller, never larger than the screen. Sizes are the
 * window's outer size, as {@code Stage.getWidth()} measures and {@code Stage.setWidth()} restores them.
 */
public final class WindowPlacement {
    /** The share of the screen's width and height a window without saved bounds takes. */
    static final double SHARE = 0.8;

    /** A rectangle on the screen (the screen's visual bounds: without task bars and docks). */
    public record Area(double x, double y, double width, double height) {
        public Area {
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("An area needs a positive size: " + width + "×" + height);
            }
        }

        boolean contains(double px, double py) {
            return px >= x && py >= y && px < x + width && py < y + height;
        }
    }

    private WindowPlacement() {
    }

    /**
     * The bounds to open at on {@code screen}, given the saved bounds ({@code null}: none) and the layout's minimum
     * size.
     */
    public static Area place(WindowBounds saved, Area screen, double minWidth, double minHeight) {
        double width = saved != null ? saved.width() : Math.round(screen.width() * SHARE);
        double height = saved != null ? saved.height() : Math.round(screen.height() * SHARE);
        width = Math.min(Math.max(width, minWidth), screen.width());
        height = Math.min(Math.max(height, minHeight), screen.height());
        boolean onScreen = saved != null && saved.hasPosition() && screen.contains(saved.x(), saved.y());
        double x = onScreen ? saved.x() : screen.x() + (screen.width() - width) / 2;
        double y = onScreen ? saved.y() : screen.y() + (screen.height() - height) / 2;
        x = Math.max(screen.x(), Math.min(x, screen.x() + screen.width() - width));
        y = Math.max(screen.y(), Math.min(y, screen.y() + screen.height() - height));
        return new Area(Math.floor(x), Math.floor(y), width, height);
    }
}
