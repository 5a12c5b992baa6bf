package io.casevault.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Fixture helpers: images written with ImageIO, a hand-made PNG builder and byte patching utilities. */
public final class TestImages {

    private TestImages() {
    }

    /** A picture with some structure so compressed data is not trivial. */
    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(i * 20, 255 - i * 15, (i * 53) % 256));
            g.fillOval(i * width / 14, (i * 7) % Math.max(1, height / 2), width / 4 + 1, height / 3 + 1);
        }
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    // ---- PNG chunk utilities ----

    /** Offset of the length field of the first chunk with the given type, or -1. */
    static int chunkOffset(byte[] png, String type) {
        int p = 8;
        while (p + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, p, 4).getInt();
            String t = new String(png, p + 4, 4, StandardCharsets.US_ASCII);
            if (t.equals(type)) {
                return p;
            }
            p += 12 + length;
        }
        return -1;
    }

    static int chunkLength(byte[] png, int chunkOffset) {
        return ByteBuffer.wrap(png, chunkOffset, 4).getInt();
    }

    /** Recomputes the CRC of the chunk starting at the given offset after its data was patched. */
    static void fixCrc(byte[] png, int chunkOffset) {
        int length = chunkLength(png, chunkOffset);
        CRC32 crc = new CRC32();
        crc.update(png, chunkOffset + 4, 4 + length);
        ByteBuffer.wrap(png, chunkOffset + 8 + length, 4).putInt((int) crc.getValue());
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** A zlib stream of {@code data}, at the strongest compression. */
    public static byte[] zlib(byte[] data) {
        return deflate(data, Deflater.BEST_COMPRESSION, Deflater.DEFAULT_STRATEGY, false);
    }

    /** DEFLATE data of {@code data}: a zlib stream, or raw (no header, no Adler-32) when {@code raw}. */
    static byte[] deflate(byte[] data, int level, int strategy, boolean raw) {
        Deflater deflater = new Deflater(level, raw);
        deflater.setStrategy(strategy);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }

    static byte[] ihdr(int width, int height, int depth, int colourType, int interlace) {
        return ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) depth).put((byte) colourType)
                .put((byte) 0).put((byte) 0).put((byte) interlace).array();
    }

    /** Concatenates the PNG signature and the given chunks. */
    static byte[] png(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    /** An 8-bit greyscale non-interlaced PNG with the given raw (filtered) scanline bytes. */
    static byte[] greyPng(int width, int height, byte[] rawScanlines, byte[]... extraChunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(chunk("IHDR", ihdr(width, height, 8, 0, 0)));
        for (byte[] c : extraChunks) {
            out.writeBytes(c);
        }
        out.writeBytes(chunk("IDAT", zlib(rawScanlines)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return png(out.toByteArray());
    }

    /** Raw scanlines for {@link #greyPng}: filter type 0 and a gradient. */
    static byte[] greyScanlines(int width, int height) {
        byte[] raw = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raw[y * (width + 1) + 1 + x] = (byte) (x + y);
            }
        }
        return raw;
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- EXIF ----

    /**
     * A big-endian TIFF block: IFD0 with Orientation and an Exif sub-IFD pointer; the sub-IFD holds
     * DateTimeOriginal and OffsetTimeOriginal.
     */
    static byte[] exifTiff(int orientation, String dateTimeOriginal, String offsetTimeOriginal) {
        ByteBuffer b = ByteBuffer.allocate(128);
        b.put(latin1("MM")).putShort((short) 42).putInt(8);
        // IFD0 at 8: 2 entries
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(38);
        b.putInt(0); // no next IFD; position is now 38
        b.putShort((short) 2);
        b.putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(68);
        b.putShort((short) 0x9011).putShort((short) 2).putInt(7).putInt(88);
        b.putInt(0); // position is now 68
        b.put(latin1(dateTimeOriginal)).put((byte) 0);
        b.put(latin1(offsetTimeOriginal)).put((byte) 0);
        byte[] result = new byte[b.position()];
        System.arraycopy(b.array(), 0, result, 0, result.length);
        return result;
    }

    /** Inserts an APP1 Exif segment right after the SOI marker of a JPEG. */
    static byte[] withApp1(byte[] jpeg, byte[] payload) {
        ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        return concat(Arrays.copyOf(jpeg, 2), segment.array(),
                Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** Offset of the first JPEG marker FF xx at or after {@code from}. */
    static int markerOffset(byte[] jpeg, int marker) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        return -1;
    }
}
