package io.casevault.dossier;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.Inflater;

/**
 * Decodes the PNGs phones write (8 bits per channel, grey or RGB, with or without alpha, not interlaced) straight into
 * RGB pixels on white, each {@code sub} × {@code sub} block of pixels averaged into one (a thin stroke of text stays
 * visible, grey, where picking every {@code sub}-th pixel would drop it). ImageIO's reader copies each row through a generic raster
 * path that costs more than inflating it, and a screenshot is decoded once per submission copy; other PNGs go to
 * ImageIO.
 */
final class PngPixels {
    /** Larger images go to ImageIO, which fails cleanly where this would need more memory than the heap has. */
    private static final long MAX_PIXELS = 50_000_000;

    private PngPixels() {
    }

    /** The header when this class can decode the image, else empty. */
    static Optional<PngPassthrough.Header> decodable(byte[] png) {
        return PngPassthrough.parse(png).filter(h -> channels(h) > 0 && h.bitDepth() == 8 && h.interlace() == 0
                && !h.tRNS() && (long) h.width() * h.height() <= MAX_PIXELS);
    }

    /**
     * The image as RGB, alpha laid on white, each {@code sub} × {@code sub} block (from the top left; those on the right
     * and bottom edges may be smaller) averaged into one pixel.
     */
    static BufferedImage decode(byte[] png, PngPassthrough.Header h, int sub) throws IOException {
        int bpp = channels(h);
        int width = (h.width() + sub - 1) / sub;
        int height = (h.height() + sub - 1) / sub;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[h.width() * bpp];
        byte[] above = new byte[row.length];
        int[] sums = sub == 1 ? null : new int[width * 3];
        byte[] filter = new byte[1];
        Inflater inflater = new Inflater();
        try {
            PngPassthrough.IdatFeed in = new PngPassthrough.IdatFeed(png, h, inflater);
            for (int y = 0; y < h.height(); y++) {
                in.inflate(filter, 1);
                in.inflate(row, row.length);
                PngPassthrough.unfilter(filter[0] & 0xFF, row, above, bpp);
                if (sub == 1) {
                    pack(row, bpp, pixels, y * width, width);
                } else {
                    add(row, bpp, sub, sums);
                    if (y % sub == sub - 1 || y == h.height() - 1) {
                        average(sums, pixels, y / sub * width, h.width(), sub, y % sub + 1);
                    }
                }
                byte[] t = above;
                above = row;
                row = t;
            }
        } finally {
            inflater.end();
        }
        return out;
    }

    private static void pack(byte[] row, int bpp, int[] pixels, int at, int width) {
        for (int x = 0, i = 0; x < width; x++, i += bpp) {
            pixels[at + x] = rgb(row, i, bpp);
        }
    }

    /** Adds each pixel of {@code row} to its block's red, green and blue sums. */
    private static void add(byte[] row, int bpp, int sub, int[] sums) {
        int n = row.length / bpp;
        for (int x = 0, i = 0; x < n; x++, i += bpp) {
            int p = rgb(row, i, bpp);
            int at = x / sub * 3;
            sums[at] += p >> 16 & 0xff;
            sums[at + 1] += p >> 8 & 0xff;
            sums[at + 2] += p & 0xff;
        }
    }

    /** One output row from the blocks' sums over {@code rows} rows of {@code sourceWidth} pixels; the sums cleared. */
    private static void average(int[] sums, int[] pixels, int at, int sourceWidth, int sub, int rows) {
        for (int x = 0; x < sums.length / 3; x++) {
            int n = Math.min(sub, sourceWidth - x * sub) * rows;
            int r = (sums[3 * x] + n / 2) / n;
            int g = (sums[3 * x + 1] + n / 2) / n;
            int b = (sums[3 * x + 2] + n / 2) / n;
            pixels[at + x] = r << 16 | g << 8 | b;
            sums[3 * x] = 0;
            sums[3 * x + 1] = 0;
            sums[3 * x + 2] = 0;
        }
    }

    /** The pixel at byte {@code i} of a row as packed RGB on white. */
    private static int rgb(byte[] row, int i, int bpp) {
        int r;
        int g;
        int b;
        int a;
        if (bpp >= 3) {
            r = row[i] & 0xff;
            g = row[i + 1] & 0xff;
            b = row[i + 2] & 0xff;
            a = bpp == 4 ? row[i + 3] & 0xff : 255;
        } else {
            r = row[i] & 0xff;
            g = r;
            b = r;
            a = bpp == 2 ? row[i + 1] & 0xff : 255;
        }
        if (a != 255) {
            r = onWhite(r, a);
            g = onWhite(g, a);
            b = onWhite(b, a);
        }
        return r << 16 | g << 8 | b;
    }

    private static int onWhite(int c, int alpha) {
        return (c * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    /** Bytes per pixel of the colour types handled here; 0 for the others (palette). */
    private static int channels(PngPassthrough.Header h) {
        return switch (h.colorType()) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 0;
        };
    }
}
