package io.casevault.domain;

/**
 * The EXIF orientation of a stored image (1 to 8) and the geometry between the stored pixels and the upright picture
 * the user sees. Rectangles are mapped in continuous pixel coordinates, so a box covering whole pixels maps to a box
 * covering whole pixels.
 */
public record Orientation(int code) {

    public static final Orientation NORMAL = new Orientation(1);

    public Orientation {
        if (code < 1 || code > 8) {
            throw new DomainException("EXIF orientation must be 1 to 8, not " + code + ".");
        }
    }

    /** Whether width and height swap when the image is shown upright (orientations 5 to 8). */
    public boolean swapsAxes() {
        return code >= 5;
    }

    public int uprightWidth(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedHeight : storedWidth;
    }

    public int uprightHeight(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedWidth : storedHeight;
    }

    /** A box in stored pixels as it appears in the upright picture; {@code w × h} is the stored image size. */
    public Box toUpright(Box s, double w, double h) {
        return switch (code) {
            case 1 -> s;
            case 2 -> new Box(w - s.x() - s.width(), s.y(), s.width(), s.height());
            case 3 -> new Box(w - s.x() - s.width(), h - s.y() - s.height(), s.width(), s.height());
            case 4 -> new Box(s.x(), h - s.y() - s.height(), s.width(), s.height());
            case 5 -> new Box(s.y(), s.x(), s.height(), s.width());
            case 6 -> new Box(h - s.y() - s.height(), s.x(), s.height(), s.width());
            case 7 -> new Box(h - s.y() - s.height(), w - s.x() - s.width(), s.height(), s.width());
            default -> new Box(s.y(), w - s.x() - s.width(), s.height(), s.width());
        };
    }

    /** The inverse of {@link #toUpright}: a box drawn on the upright picture, in stored pixels. */
    public Box toStored(Box u, double w, double h) {
        return switch (code) {
            case 1 -> u;
            case 2 -> new Box(w - u.x() - u.width(), u.y(), u.width(), u.height());
            case 3 -> new Box(w - u.x() - u.width(), h - u.y() - u.height(), u.width(), u.height());
            case 4 -> new Box(u.x(), h - u.y() - u.height(), u.width(), u.height());
            case 5 -> new Box(u.y(), u.x(), u.height(), u.width());
            case 6 -> new Box(u.y(), h - u.x() - u.width(), u.height(), u.width());
            case 7 -> new Box(w - u.y() - u.height(), h - u.x() - u.width(), u.height(), u.width());
            default -> new Box(w - u.y() - u.height(), u.x(), u.height(), u.width());
        };
    }

    /**
     * The affine map from stored to upright pixels for a {@code w × h} stored image, as the six values
     * {@code m00 m10 m01 m11 m02 m12} ({@code x' = m00·x + m01·y + m02}, {@code y' = m10·x + m11·y + m12}), the order
     * {@code java.awt.geom.AffineTransform(double[])} reads.
     */
    public double[] uprightTransform(double w, double h) {
        return switch (code) {
            case 1 -> new double[] {1, 0, 0, 1, 0, 0};
            case 2 -> new double[] {-1, 0, 0, 1, w, 0};
            case 3 -> new double[] {-1, 0, 0, -1, w, h};
            case 4 -> new double[] {1, 0, 0, -1, 0, h};
            case 5 -> new double[] {0, 1, 1, 0, 0, 0};
            case 6 -> new double[] {0, 1, -1, 0, h, 0};
            case 7 -> new double[] {0, -1, -1, 0, h, w};
            default -> new double[] {0, -1, 1, 0, 0, w};
        };
    }

    /** A rectangle in continuous pixel coordinates. */
    public record Box(double x, double y, double width, double height) {
    }
}
