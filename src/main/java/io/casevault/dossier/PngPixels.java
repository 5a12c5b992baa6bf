package io.casevault.dossier;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.Inflater;

/**
 * Decodes the PNGs phones write (8 bits per channel, grey or RGB, with or without alpha, not interlaced) straight into
 * RGB or grey pixels on white at the size asked for, areas averaged row by row as they are inflated (a thin stroke of
 * text stays visible, grey, where picking pixels would drop it; the full-size picture is never held). ImageIO's reader copies each row through a generic raster
 * path that costs more than inflating it, and a screenshot is decoded once per submission copy; other PNGs go to
 * ImageIO.
 */
final class PngPixels {
    /** Larger images go to ImageIO, which fails cleanly where this would need more memory than the heap has. */
    private static final long MAX_PIXELS = 50_000_000;
    /** How many bytes of inflated rows are handled at a time. */
    private static final int ROWS_BYTES = 1 << 18;

    private PngPixels() {
    }

    /** The header when this class can decode the image, else empty. */
    static Optional<PngPassthrough.Header> decodable(byte[] png) {
        return PngPassthrough.parse(png).filter(h -> channels(h) > 0 && h.bitDepth() == 8 && h.interlace() == 0
                && !h.tRNS() && (long) h.width() * h.height() <= MAX_PIXELS);
    }

    /**
     * The image at {@code width} × {@code height} (not larger than it is), alpha laid on white, areas averaged (see
     * {@link AreaAverage}) as the rows are inflated; in grey (luma) when {@code grey}.
     */
    static BufferedImage decode(byte[] png, PngPassthrough.Header h, int width, int height, boolean grey)
            throws IOException {
        int bpp = channels(h);
        boolean asIs = width == h.width() && height == h.height() && !grey;
        BufferedImage out = asIs ? new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR) : null;
        AreaAverage scaler = asIs ? null : new AreaAverage(h.width(), h.height(), width, height, grey ? 1 : 3);
        float[] samples = asIs ? null : new float[h.width() * (grey ? 1 : 3)];
        int rowBytes = h.width() * bpp;
        byte[] row = new byte[rowBytes];
        byte[] above = new byte[rowBytes];
        // rows are inflated a block at a time (a call per row and per filter byte cost a tenth of the inflating)
        int block = Math.max(1, Math.min(h.height(), ROWS_BYTES / (rowBytes + 1)));
        byte[] rows = new byte[block * (rowBytes + 1)];
        Inflater inflater = new Inflater();
        try {
            PngPassthrough.IdatFeed in = new PngPassthrough.IdatFeed(png, h, inflater);
            for (int y = 0; y < h.height(); y += block) {
                int n = Math.min(block, h.height() - y);
                in.inflate(rows, n * (rowBytes + 1));
                for (int r = 0; r < n; r++) {
                    int from = r * (rowBytes + 1);
                    System.arraycopy(rows, from + 1, row, 0, rowBytes);
                    PngPassthrough.unfilter(rows[from] & 0xFF, row, above, bpp);
                    if (asIs) {
                        pack(row, bpp, ((DataBufferByte) out.getRaster().getDataBuffer()).getData(),
                                (y + r) * width * 3, width);
                    } else {
                        // a row like the one above (a screenshot's plain background) has the same samples
                        if (y + r == 0 || !Arrays.equals(row, above)) {
                            samples(row, bpp, samples, grey);
                        }
                        scaler.add(samples);
                    }
                    byte[] t = above;
                    above = row;
                    row = t;
                }
            }
        } finally {
            inflater.end();
        }
        return asIs ? out : scaler.image();
    }

    /** The row's pixels on white as blue, green, red bytes from {@code at}. */
    private static void pack(byte[] row, int bpp, byte[] bgr, int at, int width) {
        for (int x = 0, i = 0, o = at; x < width; x++, i += bpp, o += 3) {
            int p = rgb(row, i, bpp);
            bgr[o] = (byte) p;
            bgr[o + 1] = (byte) (p >> 8);
            bgr[o + 2] = (byte) (p >> 16);
        }
    }

    /** The row's pixels on white as luma, or as red, green and blue samples. */
    private static void samples(byte[] row, int bpp, float[] samples, boolean grey) {
        int n = row.length / bpp;
        if (bpp == 3 && grey) { // the most common case has a loop of its own: no alpha, no packing
            for (int x = 0, i = 0; x < n; x++, i += 3) {
                samples[x] = AreaAverage.luma(row[i] & 0xff, row[i + 1] & 0xff, row[i + 2] & 0xff);
            }
            return;
        }
        for (int x = 0, i = 0; x < n; x++, i += bpp) {
            int p = rgb(row, i, bpp);
            int r = p >> 16 & 0xff;
            int g = p >> 8 & 0xff;
            int b = p & 0xff;
            if (grey) {
                samples[x] = AreaAverage.luma(r, g, b);
            } else {
                samples[3 * x] = r;
                samples[3 * x + 1] = g;
                samples[3 * x + 2] = b;
            }
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
