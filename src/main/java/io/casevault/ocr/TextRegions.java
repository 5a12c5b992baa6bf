package io.casevault.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * DB (differentiable binarization) post-processing for axis-aligned text: the detector's probability map is
 * thresholded, each 8-connected component becomes a box, boxes whose mean probability is low or that are too thin
 * are dropped, and the rest are grown back by the shrink the model was trained with ("unclip": the offset
 * {@code area × ratio / perimeter}, as in PaddleOCR's DBPostProcess).
 */
final class TextRegions {
    /** A probability above this marks a text pixel. */
    static final float PIXEL_THRESHOLD = 0.3f;
    /** A box whose mean probability is below this is noise. */
    static final double BOX_THRESHOLD = 0.5;
    static final double UNCLIP_RATIO = 1.5;
    /** A box thinner than this (map pixels) before unclipping, or than this + 2 after, is dropped. */
    static final double MIN_SIZE = 3;
    static final int MAX_CANDIDATES = 1000;

    private TextRegions() {
    }

    /** A box in continuous coordinates of the space it was found or scaled into, and its mean probability. */
    record Region(double x, double y, double width, double height, double score) {
        Region {
            if (!(width >= 0) || !(height >= 0)) {
                throw new IllegalArgumentException("a region cannot have a negative size: " + width + " × " + height);
            }
        }

        /** Grown on every side by {@code area × ratio / perimeter}. */
        Region unclipped(double ratio) {
            double perimeter = 2 * (width + height);
            double d = perimeter == 0 ? 0 : width * height * ratio / perimeter;
            return new Region(x - d, y - d, width + 2 * d, height + 2 * d, score);
        }

        /**
         * This box, found on a {@code mapWidth × mapHeight} map, in the pixels of an {@code imageWidth × imageHeight}
         * image: outward to whole pixels and clipped to the image; empty when nothing of it is inside.
         */
        Optional<PixelBox> inImage(int mapWidth, int mapHeight, int imageWidth, int imageHeight) {
            double sx = (double) imageWidth / mapWidth;
            double sy = (double) imageHeight / mapHeight;
            int x0 = clamp((int) Math.floor(x * sx), imageWidth);
            int y0 = clamp((int) Math.floor(y * sy), imageHeight);
            int x1 = clamp((int) Math.ceil((x + width) * sx), imageWidth);
            int y1 = clamp((int) Math.ceil((y + height) * sy), imageHeight);
            return x1 > x0 && y1 > y0 ? Optional.of(new PixelBox(x0, y0, x1 - x0, y1 - y0))
                    : Optional.empty();
        }

        private static int clamp(int v, int max) {
            return Math.max(0, Math.min(max, v));
        }
    }

    /** A box of whole pixels inside an image. */
    record PixelBox(int x, int y, int width, int height) {
        PixelBox {
            if (x < 0 || y < 0 || width < 1 || height < 1) {
                throw new IllegalArgumentException("not a box inside an image: " + x + ", " + y + ", " + width + " × "
                        + height);
            }
        }
    }

    /**
     * The text boxes of a {@code width × height} probability map (row-major), in map coordinates, unclipped,
     * in the order found (top to bottom by first pixel).
     */
    static List<Region> find(float[] map, int width, int height) {
        if (width < 1 || height < 1 || map.length < width * height) {
            throw new IllegalArgumentException("a " + width + " × " + height + " map needs " + width * height
                    + " values, not " + map.length);
        }
        boolean[] seen = new boolean[width * height];
        int[] stack = new int[64];
        List<Region> regions = new ArrayList<>();
        for (int start = 0; start < width * height && regions.size() < MAX_CANDIDATES; start++) {
            if (seen[start] || map[start] <= PIXEL_THRESHOLD) {
                continue;
            }
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int p = stack[--top];
                int px = p % width;
                int py = p / width;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int ny = Math.max(0, py - 1); ny <= Math.min(height - 1, py + 1); ny++) {
                    for (int nx = Math.max(0, px - 1); nx <= Math.min(width - 1, px + 1); nx++) {
                        int q = ny * width + nx;
                        if (!seen[q] && map[q] > PIXEL_THRESHOLD) {
                            seen[q] = true;
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
            }
            int w = maxX - minX + 1;
            int h = maxY - minY + 1;
            if (Math.min(w, h) < MIN_SIZE) {
                continue;
            }
            double score = meanInside(map, width, minX, minY, maxX, maxY);
            if (score < BOX_THRESHOLD) {
                continue;
            }
            Region grown = new Region(minX, minY, w, h, score).unclipped(UNCLIP_RATIO);
            if (Math.min(grown.width(), grown.height()) < MIN_SIZE + 2) {
                continue;
            }
            regions.add(grown);
        }
        return regions;
    }

    /** Mean probability over the box's pixels (PaddleOCR's "fast" score over an axis-aligned box). */
    private static double meanInside(float[] map, int width, int minX, int minY, int maxX, int maxY) {
        double sum = 0;
        for (int y = minY; y <= maxY; y++) {
            int row = y * width;
            for (int x = minX; x <= maxX; x++) {
                sum += map[row + x];
            }
        }
        return sum / ((double) (maxX - minX + 1) * (maxY - minY + 1));
    }
}
