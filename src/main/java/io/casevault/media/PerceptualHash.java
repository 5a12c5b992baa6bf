package io.casevault.media;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a picture looks like: its luminance averaged over a grid (as many rows as its shape needs). Two pictures look
 * the same when they have the same shape and no cell differs by more than a little: re-encoding (a screenshot pasted
 * through the clipboard, a JPEG copy) or rescaling moves each cell by a few levels, while another screenshot of the
 * same app page — another amount, another order number — moves the cells under the changed text by far more. A flat
 * bit hash (dHash, 64 bits) cannot tell two such screenshots apart: most of their cells are equally white.
 * <p>
 * Two grids: the {@link #of coarse} one (32 columns, about 2 KB, kept for every exhibit) survives rescaling and finds
 * candidates; for two pictures of the same pixel size the {@link #fine fine} one (128 columns, made from both when
 * needed) also tells apart a single changed digit of an order number. Measured on rendered screenshots: JPEG
 * re-encoding at quality 0.5–0.95 and rescaling a 1080-wide screenshot move a coarse cell by at most 8 levels (halving a
 * 540-wide one by 20), a fine cell (same size) by at most 6; a changed amount moves a coarse cell by 49 or more, one
 * changed 36 px digit a fine cell by 46 or more.
 * It is a hint for "looks the same as E-1", never proof; the user compares the two and decides.
 */
public final class PerceptualHash {
    static final int COARSE_COLS = 32;
    static final int FINE_COLS = 128;
    static final int MAX_ROWS = 255;
    /** The largest difference of one cell, in levels of 255, that still counts as the same look, per grid. */
    static final int MAX_COARSE_DIFFERENCE = 24;
    static final int MAX_FINE_DIFFERENCE = 16;

    private final int cols;
    private final int rows;
    private final byte[] cells;

    private PerceptualHash(int cols, int rows, byte[] cells) {
        this.cols = cols;
        this.rows = rows;
        this.cells = cells;
    }

    /** The coarse grid, to keep for every picture and to compare pictures of any size. */
    public static PerceptualHash of(BufferedImage image) {
        return grid(image, COARSE_COLS);
    }

    /** The fine grid, to compare two pictures of the same pixel size. */
    public static PerceptualHash fine(BufferedImage image) {
        return grid(image, FINE_COLS);
    }

    private static PerceptualHash grid(BufferedImage image, int cols) {
        Objects.requireNonNull(image);
        int w = image.getWidth();
        int h = image.getHeight();
        int rows = (int) Math.max(1, Math.min(MAX_ROWS, Math.round((double) cols * h / w)));
        double[] sum = new double[rows * cols];
        long[] count = new long[rows * cols];
        int[] line = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, line, 0, w);
            int base = (int) ((long) y * rows / h) * cols;
            for (int x = 0; x < w; x++) {
                int cell = base + (int) ((long) x * cols / w);
                sum[cell] += luminance(line[x]);
                count[cell]++;
            }
        }
        byte[] cells = new byte[rows * cols];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) (count[i] == 0 ? 255 : Math.round(sum[i] / count[i]));
        }
        return new PerceptualHash(cols, rows, cells);
    }

    /** The stored form of a coarse grid: one byte for the rows, then one byte per cell. */
    public byte[] toBytes() {
        if (cols != COARSE_COLS) {
            throw new IllegalStateException("Only the coarse grid is stored");
        }
        byte[] out = new byte[cells.length + 1];
        out[0] = (byte) rows;
        System.arraycopy(cells, 0, out, 1, cells.length);
        return out;
    }

    public static PerceptualHash fromBytes(byte[] bytes) {
        int rows = bytes.length > 0 ? Byte.toUnsignedInt(bytes[0]) : 0;
        if (rows < 1 || bytes.length != rows * COARSE_COLS + 1) {
            throw new IllegalArgumentException("Not a stored picture fingerprint (" + bytes.length + " bytes)");
        }
        return new PerceptualHash(COARSE_COLS, rows, Arrays.copyOfRange(bytes, 1, bytes.length));
    }

    /** The largest difference of one cell between the two, or -1 when their grids or shapes differ. */
    public int difference(PerceptualHash other) {
        if (other.cols != cols || other.rows != rows) {
            return -1;
        }
        int max = 0;
        for (int i = 0; i < cells.length; i++) {
            max = Math.max(max, Math.abs(Byte.toUnsignedInt(cells[i]) - Byte.toUnsignedInt(other.cells[i])));
        }
        return max;
    }

    public boolean looksTheSame(PerceptualHash other) {
        int d = difference(other);
        return d >= 0 && d <= (cols == COARSE_COLS ? MAX_COARSE_DIFFERENCE : MAX_FINE_DIFFERENCE);
    }

    // transparent pixels count as white, as a viewer on a white page shows them
    private static double luminance(int argb) {
        int alpha = argb >>> 24;
        double r = blend((argb >> 16) & 0xff, alpha);
        double g = blend((argb >> 8) & 0xff, alpha);
        double b = blend(argb & 0xff, alpha);
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }

    private static double blend(int channel, int alpha) {
        return (channel * alpha + 255.0 * (255 - alpha)) / 255.0;
    }
}
