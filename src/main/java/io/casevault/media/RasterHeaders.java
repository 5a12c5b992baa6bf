package io.casevault.media;

import io.casevault.domain.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Header parsing for GIF, BMP and WebP: reads the claimed size (and for GIF every frame's size) so the pixel
 * limit is enforced before {@link ImageDecoding} allocates anything.
 */
final class RasterHeaders {

    private RasterHeaders() {
    }

    /** Walks all GIF blocks; every frame must fit the pixel limit and no block may run past the file end. */
    static ImageFacts gif(ByteSource in, long maxPixels) throws IOException, MediaRejectedException {
        if (in.remaining() < 13) {
            throw new MediaRejectedException(Reason.of("media.gif.truncatedHeader",
                    "the GIF data is truncated (incomplete header)"));
        }
        in.skip(6);
        int screenWidth = in.readUnsignedShortLittleEndian();
        int screenHeight = in.readUnsignedShortLittleEndian();
        int packed = in.readUnsignedByte();
        in.skip(2);
        PixelLimit.check(screenWidth, screenHeight, maxPixels);
        if ((packed & 0x80) != 0) {
            skipExactly(in, 3L << ((packed & 7) + 1), "GIF");
        }
        int frames = 0;
        int firstWidth = 0;
        int firstHeight = 0;
        while (true) {
            int block = in.read();
            if (block < 0 || block == 0x3B) {
                break; // a missing trailer is harmless: all frames are complete
            }
            if (block == 0x21) {
                skipExactly(in, 1, "GIF");
                skipSubBlocks(in);
            } else if (block == 0x2C) {
                if (in.remaining() < 9) {
                    throw new MediaRejectedException(Reason.of("media.gif.truncatedFrameHeader",
                            "the GIF data is truncated (incomplete frame header)"));
                }
                int left = in.readUnsignedShortLittleEndian();
                int top = in.readUnsignedShortLittleEndian();
                int w = in.readUnsignedShortLittleEndian();
                int h = in.readUnsignedShortLittleEndian();
                int framePacked = in.readUnsignedByte();
                // Decoders such as Pillow grow the canvas to hold a frame placed outside the logical screen.
                PixelLimit.check(Math.max(screenWidth, left + w), Math.max(screenHeight, top + h), maxPixels);
                if (frames == 0) {
                    firstWidth = w;
                    firstHeight = h;
                }
                if ((framePacked & 0x80) != 0) {
                    skipExactly(in, 3L << ((framePacked & 7) + 1), "GIF");
                }
                skipExactly(in, 1, "GIF"); // LZW minimum code size
                skipSubBlocks(in);
                frames++;
            } else if (frames > 0) {
                break; // junk after complete frames; viewers stop at the last frame too
            } else {
                throw new MediaRejectedException(Reason.of("media.gif.block", String.format(Locale.ROOT,
                        "not a valid GIF: unexpected block type 0x%02X before the first frame", block),
                        String.format(Locale.ROOT, "0x%02X", block)));
            }
        }
        if (frames == 0) {
            throw new MediaRejectedException(Reason.of("media.gif.noImage", "not a valid GIF: it contains no image"));
        }
        // The logical screen is what viewers show; fall back to the first frame for degenerate screens.
        int width = screenWidth > 0 && screenHeight > 0 ? screenWidth : firstWidth;
        int height = screenWidth > 0 && screenHeight > 0 ? screenHeight : firstHeight;
        if (width == 0 || height == 0) {
            throw new MediaRejectedException(Reason.of("media.gif.zeroSize",
                    "not a valid GIF: the image has zero width or height"));
        }
        return new ImageFacts(width, height, false);
    }

    static ImageFacts bmp(ByteSource in, long maxPixels) throws IOException, MediaRejectedException {
        if (in.remaining() < 26) {
            throw new MediaRejectedException(Reason.of("media.bmp.truncatedHeader",
                    "the BMP data is truncated (incomplete header)"));
        }
        in.skip(14);
        long dibSize = readIntLittleEndian(in);
        long width;
        long height;
        if (dibSize == 12) {
            width = in.readUnsignedShortLittleEndian();
            height = in.readUnsignedShortLittleEndian();
        } else {
            width = (int) readIntLittleEndian(in);
            height = Math.abs((long) (int) readIntLittleEndian(in)); // negative height means top-down rows
        }
        if (width <= 0 || height <= 0) {
            throw new MediaRejectedException(Reason.of("media.bmp.size", String.format(Locale.ROOT,
                    "not a valid BMP: the header declares an invalid size of %d × %d pixels", width, height),
                    width, height));
        }
        PixelLimit.check(width, height, maxPixels);
        return new ImageFacts((int) width, (int) height, false);
    }

    static ImageFacts webp(ByteSource in, long maxPixels) throws IOException, MediaRejectedException {
        if (in.remaining() < 30) {
            throw new MediaRejectedException(Reason.of("media.webp.truncatedHeader",
                    "the WebP data is truncated (incomplete header)"));
        }
        in.skip(4);
        long riffSize = readIntLittleEndian(in);
        if (riffSize + 8 > in.size()) {
            throw new MediaRejectedException(Reason.of("media.webp.shorter",
                    "the WebP data is truncated (the file is shorter than it claims)"));
        }
        in.skip(4);
        byte[] fourcc = new byte[4];
        in.readFully(fourcc, 0, 4);
        String chunk = new String(fourcc, StandardCharsets.ISO_8859_1);
        in.skip(4); // chunk size
        long width;
        long height;
        boolean exif = false;
        switch (chunk) {
            case "VP8 " -> {
                in.skip(3); // frame tag
                if (in.readUnsignedByte() != 0x9D || in.readUnsignedByte() != 0x01 || in.readUnsignedByte() != 0x2A) {
                    throw new MediaRejectedException(Reason.of("media.webp.lossyHeader",
                            "not a valid WebP: the lossy frame header is damaged"));
                }
                width = in.readUnsignedShortLittleEndian() & 0x3FFF;
                height = in.readUnsignedShortLittleEndian() & 0x3FFF;
            }
            case "VP8L" -> {
                if (in.readUnsignedByte() != 0x2F) {
                    throw new MediaRejectedException(Reason.of("media.webp.losslessHeader",
                            "not a valid WebP: the lossless header is damaged"));
                }
                long bits = readIntLittleEndian(in);
                width = (bits & 0x3FFF) + 1;
                height = ((bits >>> 14) & 0x3FFF) + 1;
            }
            case "VP8X" -> {
                exif = (in.readUnsignedByte() & 0x08) != 0;
                in.skip(3);
                width = readUnsigned24LittleEndian(in) + 1;
                height = readUnsigned24LittleEndian(in) + 1;
            }
            default -> throw new MediaRejectedException(Reason.of("media.webp.unknownChunk",
                    "not a valid WebP: unknown first chunk"));
        }
        if (width <= 0 || height <= 0) {
            throw new MediaRejectedException(Reason.of("media.webp.zeroSize",
                    "not a valid WebP: the header declares zero width or height"));
        }
        PixelLimit.check(width, height, maxPixels);
        return new ImageFacts((int) width, (int) height, exif);
    }

    private static void skipSubBlocks(ByteSource in) throws IOException, MediaRejectedException {
        while (true) {
            int n = in.read();
            if (n < 0) {
                throw new MediaRejectedException(Reason.of("media.gif.truncatedFrame",
                        "the GIF data is truncated (a frame is incomplete)"));
            }
            if (n == 0) {
                return;
            }
            skipExactly(in, n, "GIF");
        }
    }

    private static void skipExactly(ByteSource in, long n, String format) throws MediaRejectedException {
        if (n > in.remaining()) {
            throw new MediaRejectedException(Reason.of("media.frameTruncated",
                    "the " + format + " data is truncated (a frame is incomplete)", format));
        }
        in.skip(n);
    }

    private static long readIntLittleEndian(ByteSource in) throws IOException {
        return in.readUnsignedShortLittleEndian() | ((long) in.readUnsignedShortLittleEndian() << 16);
    }

    private static long readUnsigned24LittleEndian(ByteSource in) throws IOException {
        return in.readUnsignedShortLittleEndian() | ((long) in.readUnsignedByte() << 16);
    }
}
