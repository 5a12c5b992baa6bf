package io.casevault.media;

import io.casevault.domain.Reason;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks the concatenated IDAT data without keeping the pixels: that the zlib stream is intact (header, deflate data
 * and Adler-32), that it decodes to exactly the number of bytes the image geometry needs, and that every scanline
 * starts with a valid filter type (0..4). Failures are recorded rather than thrown so the caller can first check the
 * chunk CRCs, which name the root cause better.
 *
 * <p>Data of up to {@value #HOLD_LIMIT} bytes with the usual header (deflate, 32 KiB window, no preset dictionary) is
 * held until the last IDAT chunk and decoded whole by {@link DeflateDecoder}, whose block copies of matches cost a
 * fraction of zlib's byte-by-byte ones on screenshots. Larger data, or any other header, streams through an
 * {@link Inflater} as it arrives: raw for the usual header (a raw inflater with a 32 KiB window accepts exactly the
 * deflate data such a header allows), wrapped otherwise, so zlib reports what is wrong with the header. Either way
 * the Adler-32 of the usual header is computed here by the JVM's vectorised {@link Adler32}: zlib's own loop cost a
 * sixth of the inflating.
 */
final class PngDataChecker implements AutoCloseable {

    /** Adam7 pass geometry: x offset, y offset, x step, y step. */
    private static final int[][] ADAM7 = {
        {0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
    };

    /** Deflate, a 32 KiB window (CINFO 7), no preset dictionary; the FCHECK bits are checked separately. */
    private static final int USUAL_CMF = 0x78;
    private static final int FDICT = 0x20;

    /** Most compressed bytes held for {@link DeflateDecoder}; a screenshot's are a few hundred KiB. */
    static final int HOLD_LIMIT = 16 << 20;

    /**
     * The Adler-32 is updated this many bytes at a time: only once {@link Adler32#update(byte[], int, int)} has been
     * called often enough to be compiled does the JVM use its vectorised code, else it calls zlib's plain loop.
     */
    private static final int ADLER_SLICE = 16 * 1024;
    /** Calls of {@link Adler32#update(byte[], int, int)} before the first image: see {@link #adlerCompiledSoon}. */
    private static final int ADLER_WARM_CALLS = 2_000;

    static {
        adlerCompiledSoon();
    }

    private final byte[] out = new byte[64 * 1024];
    private final byte[] header = new byte[2];

    private final int holdLimit;
    /** The data held so far, until it is decoded whole or turns out too large; null once streaming or decoded. */
    private byte[] held = new byte[64 * 1024];
    private int heldLength;
    /** Whether the held data was decoded and its trailer found (only for the held path). */
    private boolean decodedWhole;
    private final Adler32 adler = new Adler32();
    /** Null until the stream's two header bytes have been seen. */
    private Inflater inflater;
    /** Whether this checker computes the Adler-32 (the inflater is raw). */
    private boolean raw;
    private int headerSeen;
    private long trailer;
    private int trailerSeen;
    /** Bytes per scanline (including the filter byte) and row count of each non-empty pass. */
    private static final Reason CHECKSUM =
            Reason.of("media.png.zlibChecksum", "the PNG image data is corrupt (bad zlib checksum)");

    private final long[] passRowBytes;
    private final long[] passRows;
    private final long expected;

    private long total;
    private int pass;
    private long rowsLeft;
    private long offsetInRow;
    private Reason failure;

    PngDataChecker(long width, long height, int bitsPerPixel, boolean interlaced) {
        this(width, height, bitsPerPixel, interlaced, HOLD_LIMIT);
    }

    /** @param holdLimit most compressed bytes held to be decoded whole (tests make it small to stream) */
    PngDataChecker(long width, long height, int bitsPerPixel, boolean interlaced, int holdLimit) {
        this.holdLimit = holdLimit;
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
        if (held != null) {
            if (heldLength + len <= holdLimit) {
                if (heldLength + len > held.length) {
                    held = Arrays.copyOf(held, (int) Math.min(holdLimit, Math.max(2L * held.length, heldLength + len)));
                }
                System.arraycopy(b, off, held, heldLength, len);
                heldLength += len;
                return;
            }
            byte[] all = held;
            held = null; // too large to hold: it streams
            stream(all, 0, heldLength);
        }
        stream(b, off, len);
    }

    /**
     * Calls {@link Adler32#update(byte[], int, int)} {@value #ADLER_WARM_CALLS} times on one byte, once per JVM, before
     * the first image: enough for the JVM started with the app's options (which lower that method's compile threshold,
     * packaging/linux/build.sh) to queue its optimised compile at once, while the compiler is still idle. Left to the
     * images, the call counts came when the compiler was busy with the decoder, and zlib's plain loop did the
     * Adler-32 of most of the first screenshots: 5-8 % of the processor time of a cold add of the bench corpus
     * (src/bench/evidence-add.sh). The calls take a few milliseconds.
     */
    private static void adlerCompiledSoon() {
        Adler32 warm = new Adler32();
        byte[] one = new byte[1];
        for (int i = 0; i < ADLER_WARM_CALLS; i++) {
            warm.update(one, 0, 1);
        }
    }

    /** Called after the last IDAT chunk: decodes the held data, if it was held. */
    void endOfData() {
        if (held == null) {
            return;
        }
        byte[] all = held;
        held = null;
        if (heldLength < 2 || !usualHeader(all[0], all[1])) {
            stream(all, 0, heldLength);
            return;
        }
        try {
            int after = DeflateDecoder.decode(all, 2, heldLength - 2, (b, off, n) -> {
                for (int k = 0; k < n; k += ADLER_SLICE) {
                    adler.update(b, off + k, Math.min(ADLER_SLICE, n - k));
                }
                return consume(b, off, n);
            });
            if (after >= 0 && heldLength - after >= 4) {
                decodedWhole = true;
                readTrailer(all, after, 4);
            }
        } catch (DeflateDecoder.Invalid e) {
            failure = Reason.of("media.png.zlibData", "the PNG image data is corrupt (invalid compressed data)");
        } catch (DeflateDecoder.Truncated e) {
            // the stream does not end: finish says so
        }
    }

    private static boolean usualHeader(byte cmf, byte flg) {
        return (cmf & 0xFF) == USUAL_CMF && (flg & FDICT) == 0 && ((cmf & 0xFF) << 8 | flg & 0xFF) % 31 == 0;
    }

    /** Feeds compressed bytes to the streaming inflater. */
    private void stream(byte[] b, int off, int len) {
        while (headerSeen < header.length && len > 0) {
            header[headerSeen++] = b[off++];
            len--;
            if (headerSeen == header.length) {
                start();
            }
        }
        if (failure != null || inflater == null || len == 0 || ended()) {
            return; // bytes after the end of the zlib stream are ignored, as libpng does
        }
        if (inflater.finished()) {
            readTrailer(b, off, len);
            return;
        }
        inflate(b, off, len);
        if (raw && inflater.finished() && failure == null) {
            int left = inflater.getRemaining();
            readTrailer(b, off + len - left, left);
        }
    }

    /** Picks the inflater once the header is known: raw for the usual header, else a wrapped one given the header. */
    private void start() {
        raw = usualHeader(header[0], header[1]);
        inflater = new Inflater(raw);
        if (!raw) {
            inflate(header, 0, header.length); // zlib reports what is wrong with the header, as before
        }
    }

    /** Whether the whole stream, trailer included, has been read. */
    private boolean ended() {
        if (decodedWhole) {
            return true;
        }
        return inflater != null && (raw ? trailerSeen == 4 : inflater.finished());
    }

    /** Collects the big-endian Adler-32 after the deflate data (it may span chunks) and compares it once whole. */
    private void readTrailer(byte[] b, int off, int len) {
        for (int i = off; i < off + len && trailerSeen < 4; i++, trailerSeen++) {
            trailer = trailer << 8 | (b[i] & 0xFF);
        }
        if (trailerSeen == 4 && trailer != adler.getValue()) {
            failure = CHECKSUM;
        }
    }

    private void inflate(byte[] b, int off, int len) {
        inflater.setInput(b, off, len);
        try {
            while (true) {
                int n = inflater.inflate(out, 0, out.length);
                if (n > 0) {
                    if (raw) {
                        adler.update(out, 0, n);
                    }
                    if (!consume(out, 0, n)) {
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

    private boolean consume(byte[] out, int off, int n) {
        total += n;
        if (total > expected) {
            failure = Reason.of("media.png.tooMuchData",
                    "the PNG image data decodes to more bytes than the image dimensions allow");
            return false;
        }
        // Walk scanline starts only; the stride makes this cheap even for large images.
        int i = off;
        int end = off + n;
        while (i < end) {
            if (offsetInRow == 0) {
                int filter = out[i] & 0xFF;
                if (filter > 4) {
                    failure = Reason.of("media.png.filter", String.format(Locale.ROOT,
                            "the PNG image data is corrupt (a scanline uses the unknown filter type %d)", filter),
                            filter);
                    return false;
                }
            }
            long step = Math.min(passRowBytes[pass] - offsetInRow, end - i);
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
            return CHECKSUM;
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
        endOfData();
        if (failure != null) {
            throw new MediaRejectedException(failure);
        }
        if (!ended()) {
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
        if (inflater != null) {
            inflater.end();
        }
    }
}
