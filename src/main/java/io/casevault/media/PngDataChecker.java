package io.casevault.media;

import io.casevault.domain.Reason;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Streams the concatenated IDAT data through an {@link Inflater} into a small reused buffer and checks that the
 * zlib stream is intact (Inflater verifies the Adler-32), that it decodes to exactly the number of bytes the
 * image geometry needs, and that every scanline starts with a valid filter type (0..4). The decoded pixels are
 * never kept. Failures are recorded rather than thrown so the caller can first check the chunk CRC, which
 * names the root cause better.
 */
final class PngDataChecker implements AutoCloseable {

    /** Adam7 pass geometry: x offset, y offset, x step, y step. */
    private static final int[][] ADAM7 = {
        {0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
    };

    private final Inflater inflater = new Inflater();
    private final byte[] out = new byte[64 * 1024];
    /** Bytes per scanline (including the filter byte) and row count of each non-empty pass. */
    private final long[] passRowBytes;
    private final long[] passRows;
    private final long expected;

    private long total;
    private int pass;
    private long rowsLeft;
    private long offsetInRow;
    private Reason failure;

    PngDataChecker(long width, long height, int bitsPerPixel, boolean interlaced) {
        int[][] passes = interlaced ? ADAM7 : new int[][] {{0, 0, 1, 1}};
        long[] rowBytes = new long[passes.length];
        long[] rows = new long[passes.length];
        int count = 0;
        long sum = 0;
        for (int[] p : passes) {
            long w = (width - p[0] + p[2] - 1) / p[2];
            long h = (height - p[1] + p[3] - 1) / p[3];
            if (w <= 0 || h <= 0) {
                continue; // empty Adam7 passes carry no bytes at all, not even filter bytes
            }
            rowBytes[count] = 1 + (w * bitsPerPixel + 7) / 8;
            rows[count] = h;
            sum += rowBytes[count] * h;
            count++;
        }
        this.passRowBytes = Arrays.copyOf(rowBytes, count);
        this.passRows = Arrays.copyOf(rows, count);
        this.expected = sum;
        this.rowsLeft = count > 0 ? passRows[0] : 0;
    }

    /** Feeds compressed bytes; never throws for bad data, see {@link #failure()}. */
    void feed(byte[] b, int off, int len) {
        if (failure != null || inflater.finished() || len == 0) {
            return; // bytes after the end of the zlib stream are ignored, as libpng does
        }
        inflater.setInput(b, off, len);
        try {
            while (true) {
                int n = inflater.inflate(out, 0, out.length);
                if (n > 0) {
                    if (!consume(n)) {
                        return;
                    }
                    continue;
                }
                if (inflater.finished() || inflater.needsInput()) {
                    return;
                }
                failure = inflater.needsDictionary()
                        ? Reason.of("media.png.zlibDictionary",
                                "the PNG image data is corrupt (it asks for a preset zlib dictionary)")
                        : Reason.of("media.png.zlibStall",
                                "the PNG image data is corrupt (the compressed stream stalls)");
                return;
            }
        } catch (DataFormatException e) {
            failure = describe(e);
        }
    }

    private boolean consume(int n) {
        total += n;
        if (total > expected) {
            failure = Reason.of("media.png.tooMuchData",
                    "the PNG image data decodes to more bytes than the image dimensions allow");
            return false;
        }
        // Walk scanline starts only; the stride makes this cheap even for large images.
        int i = 0;
        while (i < n) {
            if (offsetInRow == 0) {
                int filter = out[i] & 0xFF;
                if (filter > 4) {
                    failure = Reason.of("media.png.filter", String.format(Locale.ROOT,
                            "the PNG image data is corrupt (a scanline uses the unknown filter type %d)", filter),
                            filter);
                    return false;
                }
            }
            long step = Math.min(passRowBytes[pass] - offsetInRow, n - i);
            i += (int) step;
            offsetInRow += step;
            if (offsetInRow == passRowBytes[pass]) {
                offsetInRow = 0;
                if (--rowsLeft == 0 && pass + 1 < passRows.length) {
                    pass++;
                    rowsLeft = passRows[pass];
                }
            }
        }
        return true;
    }

    private static Reason describe(DataFormatException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("incorrect data check")) {
            return Reason.of("media.png.zlibChecksum", "the PNG image data is corrupt (bad zlib checksum)");
        }
        if (message.contains("header check") || message.contains("compression method")
                || message.contains("window size")) {
            return Reason.of("media.png.zlibHeader", "the PNG image data is corrupt (bad zlib header)");
        }
        return Reason.of("media.png.zlibData", "the PNG image data is corrupt (invalid compressed data)");
    }

    /** The first problem seen while feeding, or null. */
    Reason failure() {
        return failure;
    }

    /** Called after the last IDAT chunk: the stream must have ended with exactly the expected size. */
    void finish() throws MediaRejectedException {
        if (failure != null) {
            throw new MediaRejectedException(failure);
        }
        if (!inflater.finished()) {
            throw new MediaRejectedException(Reason.of("media.png.streamNotEnded",
                    "the PNG image data is truncated (the compressed stream does not end)"));
        }
        if (total != expected) {
            throw new MediaRejectedException(Reason.of("media.png.incomplete", String.format(Locale.ROOT,
                    "the PNG image data is incomplete (%d of the %d bytes the image needs)", total, expected),
                    total, expected));
        }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
