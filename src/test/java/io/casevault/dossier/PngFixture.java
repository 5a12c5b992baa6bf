package io.casevault.dossier;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG written by hand, 8 bits per sample, not interlaced, with the filter type of every row chosen by the test (an
 * image writer picks its own), so each of the five filters can be checked.
 */
final class PngFixture {
    private PngFixture() {
    }

    /**
     * @param colorType PNG colour type: 0 grey, 2 RGB, 4 grey+alpha, 6 RGBA
     * @param rows      unfiltered samples, one array per row
     * @param filters   the filter type (0 to 4) of each row
     */
    static byte[] png(int width, int colorType, byte[][] rows, int[] filters) throws IOException {
        return png(width, colorType, rows, filters, Integer.MAX_VALUE);
    }

    /** The same PNG with its compressed rows spread over IDAT chunks of at most {@code idatChunk} bytes. */
    static byte[] png(int width, int colorType, byte[][] rows, int[] filters, int idatChunk) throws IOException {
        int bpp = switch (colorType) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> throw new IllegalArgumentException("colour type " + colorType);
        };
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
            byte[] above = new byte[width * bpp];
            for (int y = 0; y < rows.length; y++) {
                z.write(filters[y]);
                z.write(filter(filters[y], rows[y], above, bpp));
                above = rows[y];
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.writeLong(0x89504E470D0A1A0AL);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(rows.length);
        h.write(new byte[] {8, (byte) colorType, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        byte[] idat = data.toByteArray();
        for (int at = 0; at < idat.length; at += idatChunk) {
            chunk(out, "IDAT", java.util.Arrays.copyOfRange(idat, at, (int) Math.min(idat.length, (long) at + idatChunk)));
        }
        chunk(out, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] filter(int type, byte[] row, byte[] above, int bpp) {
        byte[] f = new byte[row.length];
        for (int i = 0; i < row.length; i++) {
            int a = i >= bpp ? row[i - bpp] & 0xff : 0;
            int b = above[i] & 0xff;
            int c = i >= bpp ? above[i - bpp] & 0xff : 0;
            int predicted = switch (type) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) >>> 1;
                case 4 -> paeth(a, b, c);
                default -> throw new IllegalArgumentException("filter " + type);
            };
            f[i] = (byte) (row[i] - predicted);
        }
        return f;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
