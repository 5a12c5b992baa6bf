package io.casevault.importer.mail;

import java.util.Arrays;

/**
 * Base64 as mailers write it (lines of the alphabet, CRLF or LF, padding at the end) decoded in one pass. The JDK's
 * MIME decoder first counts the output over the whole input, then decodes it; a message's attachments are most of
 * its bytes. Anything else (a stray character, misplaced padding, a last unit too short) is left to the callers'
 * tolerant decoders: {@link #decode} then gives null, never a different result than the JDK's MIME decoder.
 */
final class Base64Lines {
    private static final int[] VALUES = new int[256];

    static {
        Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    private Base64Lines() {
    }

    /** The decoded bytes, or null when {@code raw} is not plain base64 in lines. */
    static byte[] decode(byte[] raw) {
        return decode(raw, raw.length);
    }

    /** {@link #decode(byte[])} of the first {@code length} bytes of {@code raw}. */
    static byte[] decode(byte[] raw, int length) {
        byte[] out = new byte[length / 4 * 3 + 2];
        int n = 0;
        int bits = 0;
        int count = 0;
        int i = 0;
        for (; i < length; i++) {
            if (count == 0 && i + 3 < length) {
                // a whole unit at once, the usual case between line breaks
                int v0 = VALUES[raw[i] & 0xff];
                int v1 = VALUES[raw[i + 1] & 0xff];
                int v2 = VALUES[raw[i + 2] & 0xff];
                int v3 = VALUES[raw[i + 3] & 0xff];
                if ((v0 | v1 | v2 | v3) >= 0) {
                    int unit = v0 << 18 | v1 << 12 | v2 << 6 | v3;
                    out[n] = (byte) (unit >> 16);
                    out[n + 1] = (byte) (unit >> 8);
                    out[n + 2] = (byte) unit;
                    n += 3;
                    i += 3;
                    continue;
                }
            }
            int b = raw[i] & 0xff;
            int v = VALUES[b];
            if (v >= 0) {
                bits = bits << 6 | v;
                if (++count == 4) {
                    out[n] = (byte) (bits >> 16);
                    out[n + 1] = (byte) (bits >> 8);
                    out[n + 2] = (byte) bits;
                    n += 3;
                    bits = 0;
                    count = 0;
                }
            } else if (b == '=') {
                break;
            } else if (b != '\r' && b != '\n') {
                return null;
            }
        }
        if (i < length) {
            // padding: "==" after two characters of a unit, "=" after three; then only line breaks (or more '=')
            if (count == 2 && (i + 1 >= length || raw[i + 1] != '=') || count < 2) {
                return null;
            }
            for (int j = i; j < length; j++) {
                if (raw[j] != '=' && raw[j] != '\r' && raw[j] != '\n') {
                    return null;
                }
            }
        }
        if (count == 1) {
            return null;
        }
        if (count == 2) {
            out[n++] = (byte) (bits >> 4);
        } else if (count == 3) {
            out[n] = (byte) (bits >> 10);
            out[n + 1] = (byte) (bits >> 2);
            n += 2;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
