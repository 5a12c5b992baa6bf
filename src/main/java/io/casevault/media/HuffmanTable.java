package io.casevault.media;

import java.util.Arrays;

/**
 * Decoding tables for the Huffman codes of DEFLATE data: a primary table indexed by the next {@value #PRIMARY_BITS}
 * bits, with subtables for longer codes, built from code lengths with the checks zlib makes (over-subscribed and
 * incomplete codes); and the fixed codes of block type 1.
 */
final class HuffmanTable {
    static final int PRIMARY_BITS = 10;
    static final int PRIMARY_MASK = (1 << PRIMARY_BITS) - 1;
    static final int SUBTABLE = 0x10;
    static final int INVALID = 0x20;
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
            build(lengths, 0, 288, FIXED_LITERALS, false);
            build(lengths, 288, 32, FIXED_DISTANCES, false);
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
     * Builds a decoding table from code lengths: each entry is symbol << 16 | length (a code of at most
     * {@value #PRIMARY_BITS} bits), or a subtable's offset << 16 | its index bits << 8 | {@link #SUBTABLE}; unused
     * codes are {@link #INVALID} entries of length 1.
     */
    static void build(byte[] lengths, int off, int n, int[] table, boolean codeLengths) throws DeflateDecoder.Invalid {
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
            int entry = symbol << 16 | len;
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
}
