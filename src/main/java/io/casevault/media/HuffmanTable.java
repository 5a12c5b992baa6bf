package io.casevault.media;

import java.util.Arrays;

/**
 * Decoding tables for the Huffman codes of DEFLATE data: a primary table indexed by the next {@value #PRIMARY_BITS}
 * bits, with subtables for longer codes, built from code lengths with the checks zlib makes (over-subscribed and
 * incomplete codes); and the fixed codes of block type 1. An entry tells what its code means, so that decoding needs
 * no second lookup: a literal byte ({@link #LITERAL}), the end of the block ({@link #END}), a symbol zlib refuses
 * ({@link #INVALID}: an unused code, literal/length 286 and 287, distance 30 and 31), or a length or distance as its
 * base and the number of extra bits that follow the code.
 */
final class HuffmanTable {
    static final int PRIMARY_BITS = 10;
    static final int PRIMARY_MASK = (1 << PRIMARY_BITS) - 1;
    static final int SUBTABLE = 0x10;
    static final int INVALID = 0x20;
    static final int LITERAL = 0x40;
    static final int END = 0x80;
    /** The kinds of code, each with its own entries. */
    static final int CODE_LENGTHS = 0;
    static final int LITERALS = 1;
    static final int DISTANCES = 2;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};
    static final int[] FIXED_LITERALS = new int[size(288)];
    static final int[] FIXED_DISTANCES = new int[size(32)];

    static {
        byte[] lengths = new byte[288 + 32];
        Arrays.fill(lengths, 0, 144, (byte) 8);
        Arrays.fill(lengths, 144, 256, (byte) 9);
        Arrays.fill(lengths, 256, 280, (byte) 7);
        Arrays.fill(lengths, 280, 288, (byte) 8);
        Arrays.fill(lengths, 288, 320, (byte) 5);
        try {
            build(lengths, 0, 288, FIXED_LITERALS, LITERALS);
            build(lengths, 288, 32, FIXED_DISTANCES, DISTANCES);
        } catch (DeflateDecoder.Invalid e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private HuffmanTable() {
    }

    /** Table size for a code of {@code symbols} symbols: the primary table and room for every subtable. */
    static int size(int symbols) {
        return (1 << PRIMARY_BITS) + symbols * (1 << (15 - PRIMARY_BITS));
    }

    /**
     * Builds a decoding table of a {@code kind} of code from its code lengths. Each entry of a code of at most
     * {@value #PRIMARY_BITS} bits holds the code's length in its low four bits and, above them:
     * <ul>
     * <li>of the code lengths' code, the symbol << 16;</li>
     * <li>of a literal, the byte << 16 | {@link #LITERAL}; of the end of a block, {@link #END};</li>
     * <li>of a length or a distance, its base << 16 | its extra bits << 8;</li>
     * <li>of a symbol zlib refuses, {@link #INVALID}.</li>
     * </ul>
     * A longer code's primary entry is a subtable's offset << 16 | its index bits << 8 | {@link #SUBTABLE}. Unused
     * codes are {@link #INVALID} entries of length 1.
     */
    static void build(byte[] lengths, int off, int n, int[] table, int kind) throws DeflateDecoder.Invalid {
        boolean codeLengths = kind == CODE_LENGTHS;
        int[] counts = new int[16];
        int max = 0;
        for (int i = 0; i < n; i++) {
            counts[lengths[off + i]]++;
            max = Math.max(max, lengths[off + i]);
        }
        counts[0] = 0;
        int left = 1;
        for (int len = 1; len <= 15; len++) {
            left = (left << 1) - counts[len];
            if (left < 0) {
                throw new DeflateDecoder.Invalid(codeLengths ? "invalid code lengths set" : "over-subscribed code");
            }
        }
        if (left > 0 && (codeLengths || max != 1) && max != 0 || codeLengths && max == 0) {
            throw new DeflateDecoder.Invalid(codeLengths ? "invalid code lengths set" : "incomplete code");
        }
        Arrays.fill(table, 0, 1 << PRIMARY_BITS, INVALID | 1);
        int[] next = new int[16];
        for (int len = 1, code = 0; len <= 15; len++) {
            code = (code + counts[len - 1]) << 1;
            next[len] = code;
        }
        int subBits = Math.max(0, max - PRIMARY_BITS);
        int subSize = 1 << subBits;
        int nextSub = 1 << PRIMARY_BITS;
        for (int symbol = 0; symbol < n; symbol++) {
            int len = lengths[off + symbol];
            if (len == 0) {
                continue;
            }
            int reversed = Integer.reverse(next[len]++) >>> (32 - len);
            int entry = entry(kind, symbol) | len;
            if (len <= PRIMARY_BITS) {
                for (int k = reversed; k < 1 << PRIMARY_BITS; k += 1 << len) {
                    table[k] = entry;
                }
                continue;
            }
            int prefix = reversed & ((1 << PRIMARY_BITS) - 1);
            if ((table[prefix] & SUBTABLE) == 0) {
                table[prefix] = nextSub << 16 | subBits << 8 | SUBTABLE;
                Arrays.fill(table, nextSub, nextSub + subSize, INVALID | 1);
                nextSub += subSize;
            }
            int sub = table[prefix] >>> 16;
            for (int k = reversed >>> PRIMARY_BITS; k < subSize; k += 1 << (len - PRIMARY_BITS)) {
                table[sub + k] = entry;
            }
        }
    }

    /** What {@code symbol} of a {@code kind} of code means, as an entry without its code length. */
    private static int entry(int kind, int symbol) {
        if (kind == CODE_LENGTHS) {
            return symbol << 16;
        }
        if (kind == DISTANCES) {
            return symbol < DIST_BASE.length ? DIST_BASE[symbol] << 16 | DIST_EXTRA[symbol] << 8 : INVALID;
        }
        if (symbol < 256) {
            return symbol << 16 | LITERAL;
        }
        if (symbol == 256) {
            return END;
        }
        int length = symbol - 257;
        return length < LENGTH_BASE.length ? LENGTH_BASE[length] << 16 | LENGTH_EXTRA[length] << 8 : INVALID;
    }
}
