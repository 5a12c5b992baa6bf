package io.casevault.media;

import static io.casevault.media.HuffmanTable.END;
import static io.casevault.media.HuffmanTable.INVALID;
import static io.casevault.media.HuffmanTable.LITERAL;
import static io.casevault.media.HuffmanTable.PRIMARY_BITS;
import static io.casevault.media.HuffmanTable.PRIMARY_MASK;
import static io.casevault.media.HuffmanTable.SUBTABLE;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Decodes raw DEFLATE data (RFC 1951) held whole in an array, handing the output to a {@link Sink} in large pieces
 * and keeping only the 32 KiB window, for checking PNG image data without storing it. It refuses what zlib refuses:
 * reserved block types, stored lengths that disagree, over-subscribed or incomplete codes (an incomplete one only
 * when it is a single one-bit code, as zlib allows), too many symbols, a bit-length repeat with nothing to repeat or
 * past the end, a missing end-of-block code, the unused literal/length and distance symbols, and a distance farther
 * back than the output so far. Why not zlib: its match copy moves one byte at a time, which screenshots, mostly long
 * runs of repeated bytes, spend most of their inflating in; here a match is a block copy.
 */
final class DeflateDecoder {

    /** Receives output; returning false stops decoding (the receiver recorded why). */
    interface Sink {
        boolean accept(byte[] b, int off, int len);
    }

    /** The data is not valid DEFLATE. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** The data ends before its final block does. */
    static final class Truncated extends Exception {
        Truncated() {
            super("the compressed data ends early", null, false, false);
        }
    }

    private static final int WINDOW = 32 * 1024;
    private static final int SPAN = 256 * 1024;
    private static final int MAX_MATCH = 258;
    /** Output is decoded up to here; the window has {@link Long#BYTES} bytes more for word copies that overshoot. */
    private static final int LIMIT = WINDOW + SPAN;
    /** Input bytes the fast loop needs left: an eight-byte refill must stay inside the data. */
    private static final int FAST_INPUT = 8;
    private static final int FAST_SYMBOLS = 32;
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final byte[] in;
    private final int end;
    private final Sink sink;
    private final byte[] window = new byte[LIMIT + Long.BYTES];
    private final int[] literals = new int[HuffmanTable.size(288)];
    private final int[] distances = new int[HuffmanTable.size(32)];
    private int pos;
    private long bits;
    private int count;
    private int out;
    private int handed;
    private long produced;

    private DeflateDecoder(byte[] in, int off, int len, Sink sink) {
        this.in = in;
        this.pos = off;
        this.end = off + len;
        this.sink = sink;
    }

    /**
     * Decodes the DEFLATE data starting at {@code in[off]}; returns the offset of the first byte after its final block
     * (where a zlib stream's Adler-32 follows), or -1 when the sink stopped it.
     */
    static int decode(byte[] in, int off, int len, Sink sink) throws Invalid, Truncated {
        return new DeflateDecoder(in, off, len, sink).run();
    }

    private int run() throws Invalid, Truncated {
        boolean last;
        do {
            last = take(1) == 1;
            int type = take(2);
            boolean going = switch (type) {
                case 0 -> stored();
                case 1 -> codes(HuffmanTable.FIXED_LITERALS, HuffmanTable.FIXED_DISTANCES);
                case 2 -> dynamic();
                default -> throw new Invalid("invalid block type");
            };
            if (!going) {
                return -1;
            }
        } while (!last);
        if (!hand()) {
            return -1;
        }
        return pos - (count >>> 3); // whole bytes still in the bit buffer were read ahead, not used
    }

    /**
     * Fills the bit buffer to at least 56 bits while the input lasts. Eight bytes at a time where eight remain: the
     * bits above {@link #count} then hold the bytes that follow, which the next fill sets again to the same values.
     */
    private void refill() {
        if (pos + 8 <= end) {
            bits |= (long) LITTLE_ENDIAN_LONG.get(in, pos) << count;
            int taken = (63 - count) >>> 3;
            pos += taken;
            count += taken << 3;
            return;
        }
        while (count <= 56 && pos < end) {
            bits |= (in[pos++] & 0xFFL) << count;
            count += 8;
        }
    }

    private int take(int n) throws Truncated {
        if (count < n) {
            refill();
            if (count < n) {
                throw new Truncated();
            }
        }
        int v = (int) (bits & ((1L << n) - 1));
        bits >>>= n;
        count -= n;
        return v;
    }

    private boolean stored() throws Invalid, Truncated {
        take(count & 7);
        int len = take(16);
        if ((take(16) ^ 0xFFFF) != len) {
            throw new Invalid("invalid stored block lengths");
        }
        pos -= count >>> 3; // give the read-ahead bytes back: stored bytes are copied straight from the input
        bits = 0;
        count = 0;
        while (len > 0) {
            if (pos >= end) {
                throw new Truncated();
            }
            if (out + MAX_MATCH > LIMIT && !slide()) {
                return false;
            }
            int n = Math.min(Math.min(len, end - pos), LIMIT - out);
            System.arraycopy(in, pos, window, out, n);
            pos += n;
            out += n;
            produced += n;
            len -= n;
        }
        return true;
    }

    private boolean dynamic() throws Invalid, Truncated {
        int literalCount = take(5) + 257;
        int distanceCount = take(5) + 1;
        int codeLengthCount = take(4) + 4;
        if (literalCount > 286 || distanceCount > 30) {
            throw new Invalid("too many length or distance symbols");
        }
        byte[] lengths = new byte[19];
        for (int i = 0; i < codeLengthCount; i++) {
            lengths[CODE_LENGTH_ORDER[i]] = (byte) take(3);
        }
        int[] codeLengths = new int[HuffmanTable.size(19)];
        HuffmanTable.build(lengths, 0, 19, codeLengths, HuffmanTable.CODE_LENGTHS);
        byte[] all = new byte[literalCount + distanceCount];
        int i = 0;
        while (i < all.length) {
            int symbol = entry(codeLengths) >>> 16;
            if (symbol < 16) {
                all[i++] = (byte) symbol;
                continue;
            }
            int repeat;
            byte value = 0;
            if (symbol == 16) {
                if (i == 0) {
                    throw new Invalid("invalid bit length repeat");
                }
                value = all[i - 1];
                repeat = 3 + take(2);
            } else {
                repeat = symbol == 17 ? 3 + take(3) : 11 + take(7);
            }
            if (i + repeat > all.length) {
                throw new Invalid("invalid bit length repeat");
            }
            Arrays.fill(all, i, i + repeat, value);
            i += repeat;
        }
        if (all[256] == 0) {
            throw new Invalid("invalid code -- missing end-of-block");
        }
        HuffmanTable.build(all, 0, literalCount, literals, HuffmanTable.LITERALS);
        HuffmanTable.build(all, literalCount, distanceCount, distances, HuffmanTable.DISTANCES);
        return codes(literals, distances);
    }

    /** Decodes one block's symbols until its end-of-block code. */
    private boolean codes(int[] lit, int[] dist) throws Invalid, Truncated {
        byte[] w = window;
        while (true) {
            if (out + MAX_MATCH > LIMIT && !slide()) {
                return false;
            }
            if (pos + FAST_INPUT <= end) {
                if (fast(lit, dist)) {
                    return true;
                }
                continue;
            }
            if (count < 48) {
                refill();
            }
            int e = entry(lit);
            if ((e & LITERAL) != 0) {
                w[out++] = (byte) (e >>> 16);
                produced++;
                continue;
            }
            if ((e & END) != 0) {
                return true;
            }
            int len = (e >>> 16) + take((e >>> 8) & 0xF);
            e = entry(dist);
            int distance = (e >>> 16) + take((e >>> 8) & 0xF);
            if (distance > produced) {
                throw new Invalid("invalid distance too far back");
            }
            copy(w, out - distance, distance, len);
            out += len;
            produced += len;
        }
    }

    /**
     * Decodes up to {@value #FAST_SYMBOLS} symbols while at least {@value #FAST_INPUT} input bytes and room for a
     * match remain, with the decoder's state in locals: each refill leaves 56 bits or more, enough for a length and a
     * distance with their extra bits, so no take can run short. Returns whether the end-of-block code came. The bound
     * on symbols keeps each call short, so the method is called often enough to be compiled whole early, instead of
     * its loop being compiled on the fly while it runs. How many symbols fit is known before the first: a symbol reads
     * at most seven bytes ahead and writes at most {@value #MAX_MATCH}, so the loop tests only its count.
     */
    private boolean fast(int[] lit, int[] dist) throws Invalid {
        byte[] w = window;
        byte[] input = in;
        long b = bits;
        int c = count;
        int p = pos;
        int o = out;
        int start = o;
        long before = produced;
        int symbols = Math.min(FAST_SYMBOLS,
                Math.min((end - FAST_INPUT - p) / 7, (LIMIT - MAX_MATCH - o) / MAX_MATCH) + 1);
        boolean ended = false;
        try {
            for (int k = 0; k < symbols; k++) {
                b |= (long) LITTLE_ENDIAN_LONG.get(input, p) << c;
                p += (63 - c) >>> 3;
                c |= 56;
                int e = lit[(int) b & PRIMARY_MASK];
                if ((e & SUBTABLE) != 0) {
                    e = lit[(e >>> 16) + (int) ((b >>> PRIMARY_BITS) & ((1 << ((e >>> 8) & 0xFF)) - 1))];
                }
                int n = e & 0xF;
                b >>>= n;
                c -= n;
                if ((e & LITERAL) != 0) {
                    w[o++] = (byte) (e >>> 16);
                    continue;
                }
                if ((e & (END | INVALID)) != 0) {
                    if ((e & INVALID) != 0) {
                        throw new Invalid("invalid literal/length code");
                    }
                    ended = true;
                    break;
                }
                int extra = (e >>> 8) & 0xF;
                int len = (e >>> 16) + (int) (b & ((1L << extra) - 1));
                b >>>= extra;
                c -= extra;
                e = dist[(int) b & PRIMARY_MASK];
                if ((e & SUBTABLE) != 0) {
                    e = dist[(e >>> 16) + (int) ((b >>> PRIMARY_BITS) & ((1 << ((e >>> 8) & 0xFF)) - 1))];
                }
                if ((e & INVALID) != 0) {
                    throw new Invalid("invalid distance code");
                }
                n = e & 0xF;
                b >>>= n;
                c -= n;
                extra = (e >>> 8) & 0xF;
                int distance = (e >>> 16) + (int) (b & ((1L << extra) - 1));
                b >>>= extra;
                c -= extra;
                if (distance > before + (o - start)) {
                    throw new Invalid("invalid distance too far back");
                }
                if (distance >= Long.BYTES) {
                    copyWords(w, o - distance, o, len);
                } else if (distance == 1) {
                    fillWords(w, o, len);
                } else {
                    out = o;
                    copy(w, o - distance, distance, len);
                }
                o += len;
            }
        } finally {
            bits = b;
            count = c;
            pos = p;
            out = o;
            produced = before + (o - start);
        }
        return ended;
    }

    /*
     * The copies of a match have methods of their own, not loops inside the fast loop: the JVM compiles a method's loop
     * on its own once it has run long (an on-stack replacement), and a long-running loop inside the fast loop had the
     * whole fast loop compiled again for each of them.
     */

    /**
     * Copies a match from at least eight bytes back, eight bytes at a time, each read wholly before the write it feeds;
     * may write up to seven bytes past the match, into the slack after LIMIT or where the next symbols write anyway.
     */
    private static void copyWords(byte[] w, int from, int to, int len) {
        for (int stop = to + len; to < stop; from += 8, to += 8) {
            LITTLE_ENDIAN_LONG.set(w, to, (long) LITTLE_ENDIAN_LONG.get(w, from));
        }
    }

    /** Repeats the byte before {@code to} (a run: most of a screenshot) eight at a time, overshooting as above. */
    private static void fillWords(byte[] w, int to, int len) {
        long run = (w[to - 1] & 0xFFL) * 0x0101010101010101L;
        for (int stop = to + len; to < stop; to += 8) {
            LITTLE_ENDIAN_LONG.set(w, to, run);
        }
    }

    /** Repeats {@code len} bytes from {@code distance} back: a block copy, doubled while the source overlaps. */
    private void copy(byte[] w, int from, int distance, int len) {
        int to = out;
        if (distance >= len) {
            System.arraycopy(w, from, w, to, len);
        } else if (distance == 1) {
            Arrays.fill(w, to, to + len, w[from]);
        } else if (len <= 16) {
            for (int k = 0; k < len; k++) {
                w[to + k] = w[from + k];
            }
        } else {
            int done = 0;
            while (done < len) { // copies whole periods from the start: the source stays a multiple of distance back
                int n = Math.min(len - done, done + distance);
                System.arraycopy(w, from, w, to + done, n);
                done += n;
            }
        }
    }

    /**
     * Reads the next code of {@code table}'s and returns its entry ({@link HuffmanTable#build}); an unused code or a
     * symbol zlib refuses is invalid.
     */
    private int entry(int[] table) throws Invalid, Truncated {
        if (count < 15) {
            refill();
        }
        int e = table[(int) bits & PRIMARY_MASK];
        if ((e & SUBTABLE) != 0) {
            e = table[(e >>> 16) + (int) ((bits >>> PRIMARY_BITS) & ((1 << ((e >>> 8) & 0xFF)) - 1))];
        }
        int len = e & 0xF;
        if (len > count) {
            throw new Truncated();
        }
        if ((e & INVALID) != 0) {
            throw new Invalid("invalid code");
        }
        bits >>>= len;
        count -= len;
        return e;
    }

    /** Hands the output not handed yet to the sink and keeps only the last 32 KiB. */
    private boolean slide() {
        if (!hand()) {
            return false;
        }
        System.arraycopy(window, out - WINDOW, window, 0, WINDOW);
        out = WINDOW;
        handed = WINDOW;
        return true;
    }

    private boolean hand() {
        boolean going = out == handed || sink.accept(window, handed, out - handed);
        handed = out;
        return going;
    }
}
