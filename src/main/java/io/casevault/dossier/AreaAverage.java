package io.casevault.dossier;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.util.Arrays;

/**
 * Scales a picture down by averaging areas: each output pixel is the mean of the source pixels under it, those on its
 * edges weighed by how much of them it covers (a box filter, as a screen shows a page zoomed out), so a thin stroke of
 * text stays visible, greyer, where bilinear sampling at 1.5 × or more would miss it. Fed one source row at a time
 * (rows of 0–255 samples: grey, or red, green, blue), so a decoder can stream into it without holding the picture at
 * full size. Grey output is the Rec. 601 luma of the colours, as {@link ImageShrinker} writes grey JPEGs.
 */
final class AreaAverage {
    private final int channels;
    private final int srcHeight;
    private final int dstWidth;
    private final int dstHeight;
    private final double rowsPerRow;
    /** Per output column: its first source column and its weights (each column's summing to 1), {@code taps} apart. */
    private final int[] firstColumn;
    private final float[] columnWeights;
    private final int taps;
    private final int length;
    private float[] current;
    private float[] next;
    private double currentWeight;
    private double nextWeight;
    private int row;
    private int sourceRow;
    private final BufferedImage out;
    private final byte[] grey;
    private final byte[] bgr;

    /** @param channels 1 (grey) or 3 (red, green, blue); the output image is grey or RGB accordingly */
    AreaAverage(int srcWidth, int srcHeight, int dstWidth, int dstHeight, int channels) {
        if (dstWidth < 1 || dstHeight < 1 || dstWidth > srcWidth || dstHeight > srcHeight
                || channels != 1 && channels != 3) {
            throw new IllegalArgumentException(srcWidth + "x" + srcHeight + " to " + dstWidth + "x" + dstHeight
                    + " in " + channels + " channel(s)");
        }
        this.channels = channels;
        this.srcHeight = srcHeight;
        this.dstWidth = dstWidth;
        this.dstHeight = dstHeight;
        this.rowsPerRow = (double) srcHeight / dstHeight;
        double columnsPerColumn = (double) srcWidth / dstWidth;
        int span = (int) Math.ceil(columnsPerColumn) + 1;
        this.firstColumn = new int[dstWidth];
        float[] weights = new float[dstWidth * span];
        int used = 1;
        for (int x = 0; x < dstWidth; x++) {
            double from = x * columnsPerColumn;
            double to = Math.min(srcWidth, (x + 1) * columnsPerColumn);
            int first = (int) Math.floor(from);
            firstColumn[x] = first;
            for (int t = 0; t < span && first + t < srcWidth; t++) {
                double covered = Math.min(to, first + t + 1) - Math.max(from, first + t);
                weights[x * span + t] = (float) (Math.max(0, covered) / (to - from));
                if (weights[x * span + t] != 0) {
                    used = Math.max(used, t + 1);
                }
            }
        }
        // taps of weight 0 at the end of every column add nothing (1080 to 720 needs 2 of 3): left out
        this.taps = used;
        this.columnWeights = new float[dstWidth * taps];
        for (int x = 0; x < dstWidth; x++) {
            System.arraycopy(weights, x * span, columnWeights, x * taps, taps);
        }
        // a column's taps may reach past the last source column, with weight 0: padded so no tap needs a check
        this.length = srcWidth * channels;
        this.current = new float[length + taps * channels];
        this.next = new float[length + taps * channels];
        if (channels == 1) {
            this.out = new BufferedImage(dstWidth, dstHeight, BufferedImage.TYPE_BYTE_GRAY);
            this.grey = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            this.bgr = null;
        } else {
            // blue, green, red bytes: the JDK's JPEG writer takes their rows as they are (see ImageShrinker.plainBgr)
            this.out = new BufferedImage(dstWidth, dstHeight, BufferedImage.TYPE_3BYTE_BGR);
            this.grey = null;
            this.bgr = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        }
    }

    /**
     * Adds the next source row: {@code channels} samples (whole numbers 0–255) per pixel, left to right. Floats, not
     * ints: the same sums, and adding floats to floats runs as vector instructions where converting ints does not.
     */
    void add(float[] samples) {
        if (sourceRow >= srcHeight) {
            throw new IllegalStateException("All " + srcHeight + " rows were added already");
        }
        double end = (row + 1) * rowsPerRow; // where the output row being summed ends, in source rows
        int y = sourceRow++;
        if (y + 1 <= end + 1e-9 || row == dstHeight - 1) {
            accumulate(current, samples, 1f);
            currentWeight += 1;
        } else { // the row straddles two output rows
            float before = (float) (end - y);
            accumulate(current, samples, before);
            currentWeight += before;
            accumulate(next, samples, 1f - before);
            nextWeight += 1 - before;
        }
        if (y + 1 >= end - 1e-9 || sourceRow == srcHeight) {
            emit();
        }
    }

    /** The scaled picture, once every source row was added. */
    BufferedImage image() {
        if (sourceRow != srcHeight) {
            throw new IllegalStateException(sourceRow + " of " + srcHeight + " rows were added");
        }
        return out;
    }

    private void accumulate(float[] sums, float[] samples, float weight) {
        if (weight == 1f) {
            for (int i = 0; i < length; i++) {
                sums[i] += samples[i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                sums[i] += weight * samples[i];
            }
        }
    }

    /** Writes the output row summed so far, and starts on the next. */
    private void emit() {
        if (row < dstHeight) {
            float norm = (float) (1 / currentWeight);
            if (channels == 1) {
                emitGrey(row * dstWidth, norm);
            } else {
                emitRgb(row * dstWidth, norm);
            }
        }
        row++;
        float[] done = current;
        current = next;
        next = done;
        Arrays.fill(next, 0f);
        currentWeight = nextWeight;
        nextWeight = 0;
    }

    private void emitGrey(int at, float norm) {
        float[] sums = current;
        float[] weights = columnWeights;
        // the usual numbers of taps spelled out: the same sums in the same order as the loop, without its overhead
        if (taps == 2) {
            for (int x = 0, w = 0; x < dstWidth; x++, w += 2) {
                int base = firstColumn[x];
                grey[at + x] = (byte) clamp((weights[w] * sums[base] + weights[w + 1] * sums[base + 1]) * norm);
            }
        } else if (taps == 3) {
            for (int x = 0, w = 0; x < dstWidth; x++, w += 3) {
                int base = firstColumn[x];
                float v = weights[w] * sums[base] + weights[w + 1] * sums[base + 1] + weights[w + 2] * sums[base + 2];
                grey[at + x] = (byte) clamp(v * norm);
            }
        } else if (taps == 4) {
            for (int x = 0, w = 0; x < dstWidth; x++, w += 4) {
                int base = firstColumn[x];
                float v = weights[w] * sums[base] + weights[w + 1] * sums[base + 1] + weights[w + 2] * sums[base + 2]
                        + weights[w + 3] * sums[base + 3];
                grey[at + x] = (byte) clamp(v * norm);
            }
        } else {
            for (int x = 0, w = 0; x < dstWidth; x++, w += taps) {
                int base = firstColumn[x];
                float v = 0;
                for (int t = 0; t < taps; t++) {
                    v += weights[w + t] * sums[base + t];
                }
                grey[at + x] = (byte) clamp(v * norm);
            }
        }
    }

    private void emitRgb(int at, float norm) {
        float[] sums = current;
        float[] weights = columnWeights;
        if (taps == 2) { // as in emitGrey
            for (int x = 0, w = 0; x < dstWidth; x++, w += 2) {
                int i = firstColumn[x] * 3;
                float k0 = weights[w];
                float k1 = weights[w + 1];
                int o = 3 * (at + x);
                bgr[o] = (byte) clamp((k0 * sums[i + 2] + k1 * sums[i + 5]) * norm);
                bgr[o + 1] = (byte) clamp((k0 * sums[i + 1] + k1 * sums[i + 4]) * norm);
                bgr[o + 2] = (byte) clamp((k0 * sums[i] + k1 * sums[i + 3]) * norm);
            }
            return;
        }
        if (taps == 3) {
            for (int x = 0, w = 0; x < dstWidth; x++, w += 3) {
                int i = firstColumn[x] * 3;
                float k0 = weights[w];
                float k1 = weights[w + 1];
                float k2 = weights[w + 2];
                int o = 3 * (at + x);
                bgr[o] = (byte) clamp((k0 * sums[i + 2] + k1 * sums[i + 5] + k2 * sums[i + 8]) * norm);
                bgr[o + 1] = (byte) clamp((k0 * sums[i + 1] + k1 * sums[i + 4] + k2 * sums[i + 7]) * norm);
                bgr[o + 2] = (byte) clamp((k0 * sums[i] + k1 * sums[i + 3] + k2 * sums[i + 6]) * norm);
            }
            return;
        }
        for (int x = 0, w = 0; x < dstWidth; x++, w += taps) {
            float r = 0;
            float g = 0;
            float b = 0;
            for (int t = 0, i = firstColumn[x] * 3; t < taps; t++, i += 3) {
                float k = weights[w + t];
                r += k * sums[i];
                g += k * sums[i + 1];
                b += k * sums[i + 2];
            }
            int o = 3 * (at + x);
            bgr[o] = (byte) clamp(b * norm);
            bgr[o + 1] = (byte) clamp(g * norm);
            bgr[o + 2] = (byte) clamp(r * norm);
        }
    }

    /** A sum of weighted samples (never negative) rounded into 0–255. */
    private static int clamp(float v) {
        return Math.min(255, (int) (v + 0.5f));
    }

    /**
     * Rec. 601 luma of 8-bit red, green and blue (weights 0.299, 0.587, 0.114 in 16-bit fixed point, which sum to
     * 65536 so white stays 255), rounded; a shift, not a division, as it runs for every pixel of every picture.
     */
    static int luma(int r, int g, int b) {
        return 19595 * r + 38470 * g + 7471 * b + 32768 >> 16;
    }

    /**
     * A decoded picture at {@code width} × {@code height} (not larger than it is), in grey when {@code grey}; its rows
     * read straight from the bytes of plain grey and blue-green-red pictures (as decoders give them), others copied
     * into those first.
     */
    static BufferedImage scale(BufferedImage img, int width, int height, boolean grey) {
        int w = img.getWidth();
        int h = img.getHeight();
        AreaAverage scaler = new AreaAverage(w, h, width, height, grey ? 1 : 3);
        float[] samples = new float[w * (grey ? 1 : 3)];
        if (isPlainGrey(img)) {
            byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < h; y++) {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    int v = data[i] & 0xff;
                    if (grey) {
                        samples[x] = v;
                    } else {
                        samples[3 * x] = v;
                        samples[3 * x + 1] = v;
                        samples[3 * x + 2] = v;
                    }
                }
                scaler.add(samples);
            }
            return scaler.image();
        }
        byte[] bgr = ImageShrinker.bgrBytes(ImageShrinker.plainBgr(img));
        for (int y = 0; y < h; y++) {
            for (int x = 0, i = 3 * y * w; x < w; x++, i += 3) {
                int b = bgr[i] & 0xff;
                int g = bgr[i + 1] & 0xff;
                int r = bgr[i + 2] & 0xff;
                if (grey) {
                    samples[x] = luma(r, g, b);
                } else {
                    samples[3 * x] = r;
                    samples[3 * x + 1] = g;
                    samples[3 * x + 2] = b;
                }
            }
            scaler.add(samples);
        }
        return scaler.image();
    }

    private static boolean isPlainGrey(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_BYTE_GRAY
                && img.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel m
                && m.getPixelStride() == 1 && m.getScanlineStride() == img.getWidth()
                && img.getRaster().getDataBuffer() instanceof DataBufferByte
                && img.getRaster().getSampleModelTranslateX() == 0 && img.getRaster().getSampleModelTranslateY() == 0;
    }
}
