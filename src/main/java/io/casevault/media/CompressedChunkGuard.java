package io.casevault.media;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates the compressed payload of a zTXt, iTXt or iCCP chunk while it streams past, counting output only,
 * so that a chunk that expands enormously (a decompression bomb aimed at metadata readers) is caught before
 * anything downstream inflates it into memory. Malformed compressed metadata is not an error: ancillary chunk
 * problems do not make the image unusable, so the guard just stops inflating.
 */
final class CompressedChunkGuard implements AutoCloseable {

    private final Inflater inflater = new Inflater();
    private final byte[] scratch = new byte[16 * 1024];
    private final long cap;
    /** How many NUL separators still precede the compressed payload. */
    private int nulsBeforeFlags;
    private final boolean international;
    private int headerBytesAfterNul;
    private boolean inPayload;
    private boolean stopped;
    private long inflated;
    private boolean exceeded;

    private CompressedChunkGuard(long cap, boolean international) {
        this.cap = cap;
        this.international = international;
        this.nulsBeforeFlags = 1;
    }

    /** zTXt and iCCP: keyword/name, NUL, method byte, zlib data. */
    static CompressedChunkGuard keywordThenMethod(long cap) {
        return new CompressedChunkGuard(cap, false);
    }

    /** iTXt: keyword, NUL, flag, method, language, NUL, translated keyword, NUL, then text (zlib when flag is 1). */
    static CompressedChunkGuard internationalText(long cap) {
        return new CompressedChunkGuard(cap, true);
    }

    void feed(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (!inPayload && !stopped && i < end) {
            i = skipHeader(b, i, end);
        }
        if (inPayload && !stopped && i < end) {
            inflate(b, i, end - i);
        }
    }

    private int skipHeader(byte[] b, int i, int end) {
        if (nulsBeforeFlags > 0) {
            if (b[i] == 0) {
                nulsBeforeFlags--;
            }
            return i + 1;
        }
        if (!international) {
            headerBytesAfterNul++; // the compression method byte
            inPayload = true;
            return i + 1;
        }
        if (headerBytesAfterNul == 0) {
            headerBytesAfterNul++;
            if (b[i] != 1) {
                stopped = true; // uncompressed iTXt, nothing to inflate
            }
            return i + 1;
        }
        if (headerBytesAfterNul == 1) {
            headerBytesAfterNul++; // compression method
            return i + 1;
        }
        // language tag and translated keyword, each NUL terminated
        if (b[i] == 0 && ++headerBytesAfterNul == 4) {
            inPayload = true;
        }
        return i + 1;
    }

    private void inflate(byte[] b, int off, int len) {
        if (inflater.finished()) {
            return;
        }
        inflater.setInput(b, off, len);
        try {
            while (true) {
                int n = inflater.inflate(scratch);
                if (n == 0) {
                    if (!inflater.finished() && !inflater.needsInput()) {
                        stopped = true; // preset dictionary or no progress: malformed, ignore
                    }
                    return;
                }
                inflated += n;
                if (inflated > cap) {
                    exceeded = true;
                    stopped = true;
                    return;
                }
            }
        } catch (DataFormatException e) {
            stopped = true;
        }
    }

    /** Uncompressed bytes produced so far (stops counting once the cap is exceeded). */
    long inflated() {
        return inflated;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public void close() {
        inflater.end();
    }
}
