package io.casevault.media;

import io.casevault.domain.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Structural PNG validation without decoding pixels: signature, chunk lengths and CRCs, IHDR fields, chunk
 * ordering, the pixel limit (checked right after IHDR), the IDAT zlib stream and its exact decoded size, and
 * decompression bombs in compressed metadata chunks.
 */
final class PngValidator {

    /** Pillow's per-text-chunk limit; a text chunk expanding past it is not something real software writes. */
    static final long TEXT_CHUNK_CAP = 1L << 20;
    /** Budget for all compressed metadata (zTXt, iTXt, iCCP) of one file. */
    static final long COMPRESSED_METADATA_CAP = 8L << 20;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IHDR = type("IHDR");
    private static final int PLTE = type("PLTE");
    private static final int IDAT = type("IDAT");
    private static final int IEND = type("IEND");
    private static final int ZTXT = type("zTXt");
    private static final int ITXT = type("iTXt");
    private static final int ICCP = type("iCCP");
    private static final int TEXT = type("tEXt");
    private static final int EXIF = type("eXIf");

    private final ByteSource in;
    private final long maxPixels;
    private final CRC32 crc = new CRC32();
    private final byte[] small = new byte[16];

    private int width;
    private int height;
    private int colourType;
    private boolean sawPlte;
    private boolean sawIdat;
    private boolean idatEnded;
    private boolean metadataHint;
    private long compressedMetadata;
    private PngDataChecker data;

    private PngValidator(ByteSource in, long maxPixels) {
        this.in = in;
        this.maxPixels = maxPixels;
    }

    static ImageFacts validate(ByteSource in, long maxPixels) throws IOException, MediaRejectedException {
        PngValidator validator = new PngValidator(in, maxPixels);
        try {
            return validator.run();
        } finally {
            if (validator.data != null) {
                validator.data.close();
            }
        }
    }

    private ImageFacts run() throws IOException, MediaRejectedException {
        if (in.remaining() < SIGNATURE.length) {
            throw new MediaRejectedException(Reason.of("media.png.tooShort",
                    "not a valid PNG: the file is too short to hold a PNG signature"));
        }
        in.readFully(small, 0, SIGNATURE.length);
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (small[i] != SIGNATURE[i]) {
                throw new MediaRejectedException(Reason.of("media.png.signature",
                        "not a valid PNG: the 8-byte file signature is damaged"));
            }
        }
        boolean first = true;
        while (true) {
            if (in.remaining() < 8) {
                throw new MediaRejectedException(Reason.of("media.png.noIend",
                        "the PNG data is truncated (no IEND chunk)"));
            }
            long length = in.readUnsignedIntBigEndian();
            int type = (int) in.readUnsignedIntBigEndian();
            if (sawIdat && type != IDAT && !idatEnded) {
                idatEnded = true;
                data.endOfData(); // the held image data is decoded once its last chunk has passed its CRC
                if (data.failure() != null) {
                    throw new MediaRejectedException(data.failure());
                }
            }
            String name = checkType(type);
            if (length > Integer.MAX_VALUE) {
                throw new MediaRejectedException(Reason.of("media.png.chunkLength", String.format(Locale.ROOT,
                        "not a valid PNG: chunk %s claims an impossible length of %d bytes", name, length),
                        name, length));
            }
            if (length + 4 > in.remaining()) {
                throw new MediaRejectedException(Reason.of("media.png.chunkTruncated", String.format(Locale.ROOT,
                        "the PNG data is truncated (chunk %s claims %d bytes but only %d remain)",
                        name, length, Math.max(0, in.remaining() - 4)), name, length, Math.max(0, in.remaining() - 4)));
            }
            if (first && type != IHDR) {
                throw new MediaRejectedException(Reason.of("media.png.firstChunk",
                        "not a valid PNG: the first chunk is " + name + " instead of IHDR", name));
            }
            first = false;
            if (type == IEND) {
                checkCrc(type, name, (int) length, null, null);
                if (!sawIdat) {
                    throw new MediaRejectedException(Reason.of("media.png.noIdat",
                            "not a valid PNG: it contains no image data (no IDAT chunk)"));
                }
                data.finish();
                return new ImageFacts(width, height, metadataHint);
            }
            handleChunk(type, name, (int) length);
        }
    }

    private void handleChunk(int type, String name, int length) throws IOException, MediaRejectedException {
        if (type == IHDR) {
            if (data != null || length != 13) {
                throw new MediaRejectedException(data != null
                        ? Reason.of("media.png.twoIhdr", "not a valid PNG: it has more than one IHDR chunk")
                        : Reason.of("media.png.ihdrLength", "not a valid PNG: the IHDR chunk has the wrong length"));
            }
            checkCrc(type, name, length, null, null);
            readHeader();
        } else if (type == PLTE) {
            if (sawIdat || sawPlte) {
                throw new MediaRejectedException(sawPlte
                        ? Reason.of("media.png.twoPlte", "not a valid PNG: it has more than one palette (PLTE) chunk")
                        : Reason.of("media.png.plteAfterData",
                                "not a valid PNG: the palette (PLTE) comes after the image data"));
            }
            if (colourType == 3 && (length == 0 || length % 3 != 0 || length > 768)) {
                throw new MediaRejectedException(Reason.of("media.png.plteLength",
                        "not a valid PNG: the palette (PLTE) has an invalid length"));
            }
            sawPlte = true;
            checkCrc(type, name, length, null, null);
        } else if (type == IDAT) {
            if (idatEnded) {
                throw new MediaRejectedException(Reason.of("media.png.idatSplit",
                        "not a valid PNG: the IDAT chunks are not consecutive"));
            }
            if (colourType == 3 && !sawPlte) {
                throw new MediaRejectedException(Reason.of("media.png.plteMissing",
                        "not a valid PNG: the palette (PLTE) of a palette image is missing"));
            }
            sawIdat = true;
            checkCrc(type, name, length, data, null);
            if (data.failure() != null) {
                throw new MediaRejectedException(data.failure());
            }
        } else if (type == ZTXT || type == ITXT || type == ICCP) {
            handleCompressedMetadata(type, name, length);
        } else if (Character.isUpperCase(name.charAt(0))) {
            // unknown critical chunk: the spec says a decoder must not display an image it cannot fully interpret
            throw new MediaRejectedException(Reason.of("media.png.criticalChunk",
                    "not a valid PNG: it contains the unknown critical chunk " + name, name));
        } else {
            metadataHint |= type == EXIF || type == TEXT;
            checkCrc(type, name, length, null, null);
        }
    }

    private void handleCompressedMetadata(int type, String name, int length)
            throws IOException, MediaRejectedException {
        metadataHint |= type != ICCP;
        long chunkCap = type == ICCP ? COMPRESSED_METADATA_CAP : TEXT_CHUNK_CAP;
        long budget = COMPRESSED_METADATA_CAP - compressedMetadata;
        try (CompressedChunkGuard guard = type == ITXT
                ? CompressedChunkGuard.internationalText(Math.min(chunkCap, budget))
                : CompressedChunkGuard.keywordThenMethod(Math.min(chunkCap, budget))) {
            checkCrc(type, name, length, null, guard);
            compressedMetadata += guard.inflated();
            if (guard.exceeded()) {
                throw new MediaRejectedException(budget < chunkCap
                        ? Reason.of("media.png.metadataBomb",
                                "the compressed metadata chunks expand beyond 8 MiB in total (decompression bomb)")
                        : type == ICCP
                        ? Reason.of("media.png.iccBomb",
                                "a compressed colour profile chunk expands beyond 8 MiB (decompression bomb)")
                        : Reason.of("media.png.textBomb",
                                "a compressed text chunk expands beyond 1 MiB (decompression bomb)"));
            }
        }
    }

    private void readHeader() throws MediaRejectedException {
        long w = readInt(small, 0);
        long h = readInt(small, 4);
        int depth = small[8] & 0xFF;
        colourType = small[9] & 0xFF;
        if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new MediaRejectedException(Reason.of("media.png.size", String.format(Locale.ROOT,
                    "not a valid PNG: the header declares an invalid size of %d × %d pixels", w, h), w, h));
        }
        int channels = switch (colourType) {
            case 0 -> validDepth(depth, 1, 2, 4, 8, 16) ? 1 : -1;
            case 2 -> validDepth(depth, 8, 16) ? 3 : -1;
            case 3 -> validDepth(depth, 1, 2, 4, 8) ? 1 : -1;
            case 4 -> validDepth(depth, 8, 16) ? 2 : -1;
            case 6 -> validDepth(depth, 8, 16) ? 4 : -1;
            default -> throw new MediaRejectedException(Reason.of("media.png.colourType",
                    "not a valid PNG: the header declares the unknown colour type " + colourType, colourType));
        };
        if (channels < 0) {
            throw new MediaRejectedException(Reason.of("media.png.depth", String.format(Locale.ROOT,
                    "not a valid PNG: bit depth %d is not allowed for colour type %d", depth, colourType),
                    depth, colourType));
        }
        if (small[10] != 0 || small[11] != 0 || (small[12] & 0xFF) > 1) {
            throw new MediaRejectedException(
                    Reason.of("media.png.unknownMethod",
                            "not a valid PNG: the header declares an unknown compression, filter or interlace method"));
        }
        PixelLimit.check(w, h, maxPixels);
        width = (int) w;
        height = (int) h;
        data = new PngDataChecker(w, h, channels * depth, small[12] == 1);
    }

    /**
     * Reads the chunk body (into {@link #small} when it fits, for IHDR) while computing the CRC, optionally
     * streaming it to an image data checker or a compressed metadata guard, then compares the stored CRC.
     */
    private void checkCrc(int type, String name, int length, PngDataChecker sink, CompressedChunkGuard guard)
            throws IOException, MediaRejectedException {
        crc.reset();
        crc.update(type >>> 24);
        crc.update(type >>> 16);
        crc.update(type >>> 8);
        crc.update(type);
        int left = length;
        int copied = 0;
        while (left > 0) {
            if (!in.fill()) {
                throw new EOFException("file shrank while reading");
            }
            int n = Math.min(left, in.limit - in.pos);
            crc.update(in.buf, in.pos, n);
            if (length <= small.length) {
                System.arraycopy(in.buf, in.pos, small, copied, n);
                copied += n;
            }
            if (sink != null) {
                sink.feed(in.buf, in.pos, n);
            }
            if (guard != null) {
                guard.feed(in.buf, in.pos, n);
            }
            in.pos += n;
            left -= n;
        }
        if (in.readUnsignedIntBigEndian() != crc.getValue()) {
            throw new MediaRejectedException(Reason.of("media.png.crc",
                    "not a valid PNG: chunk " + name + " has a wrong CRC",
                    name));
        }
    }

    private static String checkType(int type) throws MediaRejectedException {
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = (type >>> shift) & 0xFF;
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw new MediaRejectedException(Reason.of("media.png.chunkType",
                        "not a valid PNG: a chunk has an invalid type code (corrupt data)"));
            }
        }
        byte[] b = {(byte) (type >>> 24), (byte) (type >>> 16), (byte) (type >>> 8), (byte) type};
        return new String(b, StandardCharsets.US_ASCII);
    }

    private static boolean validDepth(int depth, int... allowed) {
        for (int a : allowed) {
            if (depth == a) {
                return true;
            }
        }
        return false;
    }

    private static long readInt(byte[] b, int off) {
        return ((b[off] & 0xFFL) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8)
                | (b[off + 3] & 0xFF);
    }

    private static int type(String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }
}
