package io.casevault.dossier;

import org.apache.pdfbox.util.Matrix;

/**
 * EXIF orientation (1–8) applied by the drawing matrix: the stored pixels stay as they are and the page turns or
 * mirrors the image's unit square so that it is seen upright.
 */
final class Orientation {
    private Orientation() {
    }

    /** Whether the image is seen with width and height exchanged (orientations 5 to 8). */
    static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The matrix that draws an image XObject so that it fills the box (x, y, w, h) upright, where w and h are the
     * displayed (already swapped) width and height.
     */
    static Matrix matrix(int orientation, float x, float y, float w, float h) {
        float[] p00 = place(orientation, 0, 0, x, y, w, h);
        float[] p10 = place(orientation, 1, 0, x, y, w, h);
        float[] p01 = place(orientation, 0, 1, x, y, w, h);
        return new Matrix(p10[0] - p00[0], p10[1] - p00[1], p01[0] - p00[0], p01[1] - p00[1], p00[0], p00[1]);
    }

    /** Where the image-space point (s, t) lands on the page; image space has t = 1 at the stored top row. */
    private static float[] place(int orientation, float s, float t, float x, float y, float w, float h) {
        float u = s;          // stored column, 0 at left
        float v = 1 - t;      // stored row, 0 at top
        float dx;             // displayed position, 0 at left
        float dy;             // displayed position, 0 at top
        switch (orientation) {
            case 2 -> { dx = 1 - u; dy = v; }
            case 3 -> { dx = 1 - u; dy = 1 - v; }
            case 4 -> { dx = u; dy = 1 - v; }
            case 5 -> { dx = v; dy = u; }
            case 6 -> { dx = 1 - v; dy = u; }
            case 7 -> { dx = 1 - v; dy = 1 - u; }
            case 8 -> { dx = v; dy = 1 - u; }
            default -> { dx = u; dy = v; }
        }
        return new float[] {x + dx * w, y + (1 - dy) * h};
    }
}
