package io.casevault.importer.mail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding one byte value in a byte array eight bytes at a time: an mbox is scanned for line breaks over its whole
 * length (attachments included), where looking at one byte after the other is a cost of the import.
 */
final class ByteScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteScan() {
    }

    /** The index of the first {@code value} in {@code bytes} from {@code from} up to {@code to}, else -1. */
    static int indexOf(byte[] bytes, byte value, int from, int to) {
        long pattern = (value & 0xffL) * ONES;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ pattern;
            // the lowest marked byte is the first zero byte of x, so the first match (little-endian: lowest address)
            long zeros = (x - ONES) & ~x & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
