package io.casevault.media;

import io.casevault.domain.Reason;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Structural JPEG validation without decoding: SOI, marker segments and their lengths, a frame header (SOF) with
 * a sane size and component count, the pixel limit, at least one scan, entropy-coded data scanned for markers
 * (several scans for progressive files) and a final end-of-image marker. Stray bytes between segments are
 * skipped the way libjpeg does (it only warns), so such files are accepted as every viewer displays them.
 */
final class JpegValidator {

    static final Reason TRUNCATED = Reason.of("media.jpeg.truncated",
            "the JPEG data is truncated (no end-of-image marker)");

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int TEM = 0x01;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteSource in;
    private final long maxPixels;
    private final byte[] small = new byte[16];
    private int width;
    private int height;
    private boolean sawFrame;
    private boolean sawScan;
    private boolean exif;

    private JpegValidator(ByteSource in, long maxPixels) {
        this.in = in;
        this.maxPixels = maxPixels;
    }

    static ImageFacts validate(ByteSource in, long maxPixels) throws IOException, MediaRejectedException {
        return new JpegValidator(in, maxPixels).run();
    }

    private ImageFacts run() throws IOException, MediaRejectedException {
        if (in.read() != 0xFF || in.read() != SOI) {
            throw new MediaRejectedException(Reason.of("media.jpeg.noSoi",
                    "not a valid JPEG: it does not start with a start-of-image marker"));
        }
        int marker = nextMarker();
        while (true) {
            if (marker < 0) {
                throw new MediaRejectedException(TRUNCATED);
            }
            if (marker == EOI) {
                if (!sawScan) {
                    throw new MediaRejectedException(Reason.of("media.jpeg.noData",
                            "not a valid JPEG: the image ends before any image data"));
                }
                return new ImageFacts(width, height, exif);
            }
            if (marker == SOI) {
                throw new MediaRejectedException(Reason.of("media.jpeg.secondSoi",
                        "not a valid JPEG: a second start-of-image marker appears"));
            }
            if (marker == TEM || marker >= 0xD0 && marker <= 0xD7) {
                marker = nextMarker(); // parameterless markers
                continue;
            }
            int length = segmentLength();
            if (isFrameHeader(marker)) {
                readFrameHeader(length);
            } else if (marker == APP1) {
                readApp1(length);
            } else if (marker == SOS) {
                if (!sawFrame) {
                    throw new MediaRejectedException(Reason.of("media.jpeg.dataBeforeFrame",
                            "not a valid JPEG: image data appears before the frame header"));
                }
                in.skip(length - 2);
                sawScan = true;
                marker = scanEntropyCodedData();
                continue;
            } else {
                in.skip(length - 2);
            }
            marker = nextMarker();
        }
    }

    /** Reads the segment length and makes sure the segment fits in the file. */
    private int segmentLength() throws IOException, MediaRejectedException {
        if (in.remaining() < 2) {
            throw new MediaRejectedException(TRUNCATED);
        }
        int length = in.readUnsignedShortBigEndian();
        if (length < 2) {
            throw new MediaRejectedException(Reason.of("media.jpeg.segmentLength",
                    "not a valid JPEG: a marker segment has an invalid length"));
        }
        if (length - 2 > in.remaining()) {
            throw new MediaRejectedException(TRUNCATED);
        }
        return length;
    }

    /** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private void readFrameHeader(int length) throws IOException, MediaRejectedException {
        if (sawFrame) {
            throw new MediaRejectedException(Reason.of("media.jpeg.twoFrames",
                    "not a valid JPEG: it has two frame headers"));
        }
        if (length < 8) {
            throw new MediaRejectedException(Reason.of("media.jpeg.frameShort",
                    "not a valid JPEG: the frame header is too short"));
        }
        in.readFully(small, 0, 6);
        int h = (small[1] & 0xFF) << 8 | (small[2] & 0xFF);
        int w = (small[3] & 0xFF) << 8 | (small[4] & 0xFF);
        int components = small[5] & 0xFF;
        if (components < 1 || components > 4 || length < 8 + 3 * components) {
            throw new MediaRejectedException(Reason.of("media.jpeg.components", String.format(Locale.ROOT,
                    "not a valid JPEG: the frame header declares %d colour components", components), components));
        }
        if (w == 0 || h == 0) {
            throw new MediaRejectedException(Reason.of("media.jpeg.size", String.format(Locale.ROOT,
                    "not a valid JPEG: the frame header declares an invalid size of %d × %d pixels", w, h), w, h));
        }
        PixelLimit.check(w, h, maxPixels);
        width = w;
        height = h;
        sawFrame = true;
        in.skip(length - 8);
    }

    private void readApp1(int length) throws IOException {
        int n = Math.min(length - 2, 6);
        in.readFully(small, 0, n);
        if (n == 6 && small[0] == 'E' && small[1] == 'x' && small[2] == 'i' && small[3] == 'f' && small[4] == 0) {
            exif = true;
        }
        in.skip(length - 2 - n);
    }

    /**
     * Finds the next marker between segments like libjpeg's next_marker: skips any stray bytes, fill bytes
     * (0xFF) and the invalid pair FF 00. Returns -1 at end of file.
     */
    private int nextMarker() throws IOException {
        while (true) {
            int c = in.read();
            while (c >= 0 && c != 0xFF) {
                c = in.read();
            }
            while (c == 0xFF) {
                c = in.read();
            }
            if (c != 0) {
                return c; // a marker, or -1 at end of file
            }
        }
    }

    /**
     * Returns the index of the first 0xFF byte in {@code b[from, to)}, or {@code to}. Tests eight bytes at a time
     * (a byte is 0xFF exactly when its complement is zero) because this is the hottest loop of JPEG validation.
     */
    static int indexOfFf(byte[] b, int from, int to) {
        int p = from;
        while (p + Long.BYTES <= to) {
            long inverted = ~(long) LONGS.get(b, p);
            if (((inverted - 0x0101010101010101L) & ~inverted & 0x8080808080808080L) != 0) {
                break; // some byte in this word is 0xFF; locate it below
            }
            p += Long.BYTES;
        }
        while (p < to && b[p] != (byte) 0xFF) {
            p++;
        }
        return p;
    }

    /**
     * Scans entropy-coded data for the next real marker: FF 00 is a stuffed byte and FF D0..D7 are restart
     * markers, both part of the scan. Works on the buffer directly because this loop covers most of the file.
     */
    private int scanEntropyCodedData() throws IOException {
        boolean afterFf = false;
        while (true) {
            if (in.pos >= in.limit && !in.fill()) {
                return -1;
            }
            byte[] b = in.buf;
            int p = in.pos;
            int lim = in.limit;
            if (!afterFf) {
                p = indexOfFf(b, p, lim);
                if (p == lim) {
                    in.pos = p;
                    continue;
                }
                p++;
                afterFf = true;
                if (p == lim) {
                    in.pos = p;
                    continue;
                }
            }
            int c = b[p++] & 0xFF;
            in.pos = p;
            if (c == 0xFF) {
                continue; // fill byte; still directly after an FF
            }
            afterFf = false;
            if (c != 0x00 && (c < 0xD0 || c > 0xD7)) {
                return c;
            }
        }
    }
}
