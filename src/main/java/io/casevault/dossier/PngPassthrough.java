package io.casevault.dossier;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * PNG data copied into the PDF without decoding: the IDAT bytes already are a zlib stream of predictor-filtered
 * rows, which PDF reads as FlateDecode with /Predictor 15. Covers non-interlaced grey, RGB and palette images of
 * up to 8 bits. RGBA and grey+alpha images whose alpha is fully opaque are streamed row by row into RGB or grey
 * without a soft mask. Anything else returns empty and is re-encoded by the caller.
 */
final class PngPassthrough {
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    /** How many bytes of inflated rows {@link #dropOpaqueAlpha} handles at a time. */
    private static final int ROWS_BYTES = 1 << 18;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** The alpha bytes of two RGBA pixels read as one little-endian long. */
    private static final long ALPHAS = 0xFF000000FF000000L;

    private PngPassthrough() {
    }

    /** The image header and where the IDAT chunks' data lie in the file (no copy of the data). */
    record Header(int width, int height, int bitDepth, int colorType, int interlace, byte[] palette, boolean tRNS,
                  long[] idatOffsets, long[] idatLengths) {

        long idatSize() {
            long n = 0;
            for (long l : idatLengths) {
                n += l;
            }
            return n;
        }
    }

    static Optional<Header> parse(byte[] png) {
        if (png.length < 33 || ByteBuffer.wrap(png).getLong() != SIGNATURE) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        int width = 0;
        int height = 0;
        int depth = 0;
        int type = -1;
        int interlace = 0;
        byte[] palette = null;
        boolean trns = false;
        java.util.List<long[]> idat = new java.util.ArrayList<>();
        while (b.remaining() >= 12) {
            int len = b.getInt();
            int chunk = b.getInt();
            if (len < 0 || len > b.remaining() - 4) {
                return Optional.empty();
            }
            int at = b.position();
            switch (chunk) {
                case 0x49484452 -> { // IHDR
                    width = b.getInt();
                    height = b.getInt();
                    depth = b.get() & 0xff;
                    type = b.get() & 0xff;
                    b.get();
                    b.get();
                    interlace = b.get() & 0xff;
                }
                case 0x504C5445 -> { // PLTE
                    palette = new byte[len];
                    b.get(palette);
                }
                case 0x74524E53 -> trns = true; // tRNS
                case 0x49444154 -> idat.add(new long[] {at, len}); // IDAT
                default -> {
                }
            }
            b.position(at + len + 4);
            if (chunk == 0x49454E44) { // IEND
                break;
            }
        }
        if (width <= 0 || height <= 0 || type < 0 || idat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Header(width, height, depth, type, interlace, palette, trns,
                idat.stream().mapToLong(r -> r[0]).toArray(), idat.stream().mapToLong(r -> r[1]).toArray()));
    }

    /** Whether the IDAT stream can be used as it is. */
    static boolean canCopy(Header h) {
        boolean colours = h.colorType() == 0 || h.colorType() == 2 || h.colorType() == 3 && h.palette() != null;
        return colours && h.interlace() == 0 && h.bitDepth() <= 8 && !h.tRNS();
    }

    /** Whether the image has an alpha channel that may turn out to be fully opaque. */
    static boolean canDropAlpha(Header h) {
        return (h.colorType() == 6 || h.colorType() == 4) && h.interlace() == 0 && h.bitDepth() == 8;
    }

    /** The image whose data are the IDAT chunks of {@code file}, read from there when the dossier is saved. */
    static PDImageXObject copy(Path file, Header h) throws IOException {
        COSStream stream = FileSlices.ranges(file, h.idatOffsets(), h.idatLengths()).stream();
        int colours = h.colorType() == 2 ? 3 : 1;
        COSBase colourSpace = switch (h.colorType()) {
            case 2 -> COSName.DEVICERGB;
            case 3 -> indexed(h.palette());
            default -> COSName.DEVICEGRAY;
        };
        return image(stream, h.width(), h.height(), h.bitDepth(), colours, colourSpace);
    }

    /** RGB or grey rows, filtered as in the PNG and deflated, of an RGBA or grey+alpha PNG whose alpha was opaque. */
    record Opaque(int width, int height, int colours, byte[] deflated) {
    }

    /**
     * Streams an RGBA or grey+alpha image into RGB or grey rows, checking that every alpha value is 255; empty when
     * one is not (then the caller re-encodes with a soft mask). PNG filters work on each channel apart (a byte is
     * predicted from the same channel of the pixel to its left and above), so a row's filtered colour bytes without
     * the alpha bytes are that row filtered as RGB or grey, with the same filter type, and the colour rows are
     * deflated again as they are. The alpha bytes need no unfiltering: every row before this one was found opaque, so
     * the alpha above is all 255 (all 0 above the first row) and, per filter type, a row's alpha is opaque exactly
     * when its filtered alpha bytes hold the two values of {@link #opaqueAlpha} (one for the first pixel, one for the
     * others). Needs no document, so it runs ahead of the page writer on a worker thread: this inflate and deflate is
     * the dearest step of the dossier.
     */
    static Optional<Opaque> dropOpaqueAlpha(byte[] png, Header h) throws IOException {
        int inBpp = h.colorType() == 6 ? 4 : 2;
        int outBpp = inBpp - 1;
        int inRow = h.width() * inBpp + 1; // with the filter type byte
        int outRow = h.width() * outBpp + 1;
        // rows are inflated and deflated a block at a time, straight from and into arrays (no streams in between)
        int block = Math.max(1, Math.min(h.height(), ROWS_BYTES / inRow));
        byte[] rows = new byte[block * inRow];
        byte[] out = new byte[block * outRow];
        Zipped deflated = new Zipped((int) Math.min(Integer.MAX_VALUE - 8, h.idatSize() + h.idatSize() / 8 + 1024));
        // fastest zlib level: the encoder's filters keep screenshots small, and the export stays quick
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        Inflater inflater = new Inflater();
        try {
            IdatFeed feed = new IdatFeed(png, h, inflater);
            for (int y = 0; y < h.height(); y += block) {
                int n = Math.min(block, h.height() - y);
                feed.inflate(rows, n * inRow);
                for (int r = 0; r < n; r++) {
                    int from = r * inRow;
                    int expected = opaqueAlpha(rows[from], y + r == 0);
                    byte first = (byte) (expected >> 8);
                    byte rest = (byte) expected;
                    boolean opaque = inBpp == 4 ? rgbOfRgba(rows, from, out, r * outRow, h.width(), first, rest)
                            : greyOfGreyAlpha(rows, from, out, r * outRow, h.width(), first, rest);
                    if (!opaque) {
                        return Optional.empty();
                    }
                }
                deflater.setInput(out, 0, n * outRow);
                while (!deflater.needsInput()) {
                    deflated.drain(deflater);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                deflated.drain(deflater);
            }
        } finally {
            deflater.end();
            inflater.end();
        }
        return Optional.of(new Opaque(h.width(), h.height(), outBpp, deflated.bytes()));
    }

    /**
     * The filtered alpha bytes of a fully opaque row under a fully opaque row (or of the first row): the first pixel's
     * in bits 8 to 15, every other pixel's in bits 0 to 7. Each filter type's predictor from a left neighbour of 255
     * (0 left of the first pixel) and an upper one of 255 (0 above the first row) gives them: None 255; Sub 255 then
     * 0; Up 0 (255 in the first row); Average 128 then 0 (255 then 128 in the first row); Paeth 0 (255 then 0 in the
     * first row).
     */
    static int opaqueAlpha(int filter, boolean firstRow) throws IOException {
        return switch (filter) {
            case 0 -> 0xFFFF;
            case 1 -> 0xFF00;
            case 2 -> firstRow ? 0xFFFF : 0x0000;
            case 3 -> firstRow ? 0xFF80 : 0x8000;
            case 4 -> firstRow ? 0xFF00 : 0x0000;
            default -> throw new IOException("Unknown PNG filter type " + filter);
        };
    }

    /**
     * Copies one row's filter type and RGB bytes from its RGBA bytes at {@code in[from]} to {@code out[to]}, and says
     * whether its filtered alpha bytes are {@code first} for the first pixel and {@code rest} for the others. Four
     * pixels at a time: two longs in (16 bytes), a long and an int out (12 bytes).
     */
    private static boolean rgbOfRgba(byte[] in, int from, byte[] out, int to, int width, byte first, byte rest) {
        out[to] = in[from];
        boolean ok = in[from + 4] == first;
        out[to + 1] = in[from + 1];
        out[to + 2] = in[from + 2];
        out[to + 3] = in[from + 3];
        int i = from + 5;
        int o = to + 4;
        int end = from + 1 + width * 4;
        long alphas = (rest & 0xFFL) * 0x0100000001000000L;
        long wrong = 0;
        for (; i + 16 <= end; i += 16, o += 12) {
            long a = (long) LONGS.get(in, i);
            long b = (long) LONGS.get(in, i + 8);
            wrong |= (a & ALPHAS) ^ alphas | (b & ALPHAS) ^ alphas;
            long rgb2 = b & 0xFFFFFF;
            LONGS.set(out, o, a & 0xFFFFFF | (a >>> 32 & 0xFFFFFF) << 24 | rgb2 << 48);
            INTS.set(out, o + 8, (int) (rgb2 >>> 16 | (b >>> 32 & 0xFFFFFF) << 8));
        }
        for (; i < end; i += 4, o += 3) {
            out[o] = in[i];
            out[o + 1] = in[i + 1];
            out[o + 2] = in[i + 2];
            wrong |= in[i + 3] ^ rest;
        }
        return ok && wrong == 0;
    }

    /** {@link #rgbOfRgba} for grey+alpha rows: the grey bytes copied, the alpha bytes checked. */
    private static boolean greyOfGreyAlpha(byte[] in, int from, byte[] out, int to, int width, byte first, byte rest) {
        out[to] = in[from];
        boolean ok = in[from + 2] == first;
        out[to + 1] = in[from + 1];
        int wrong = 0;
        for (int i = from + 3, o = to + 2, end = from + 1 + width * 2; i < end; i += 2, o++) {
            out[o] = in[i];
            wrong |= in[i + 1] ^ rest;
        }
        return ok && wrong == 0;
    }

    /**
     * The IDAT chunks' data handed to an inflater one chunk at a time, in place in the file's bytes (also the submission
     * copy's decoder, {@link PngPixels}).
     */
    static final class IdatFeed {
        private final byte[] png;
        private final Header h;
        private final Inflater inflater;
        private int chunk;

        IdatFeed(byte[] png, Header h, Inflater inflater) {
            this.png = png;
            this.h = h;
            this.inflater = inflater;
        }

        /** Fills {@code to[0, length)} with the next inflated bytes. */
        void inflate(byte[] to, int length) throws IOException {
            int done = 0;
            try {
                while (done < length) {
                    int n = inflater.inflate(to, done, length - done);
                    done += n;
                    if (n == 0 && inflater.needsInput() && chunk < h.idatOffsets().length) {
                        inflater.setInput(png, (int) h.idatOffsets()[chunk], (int) h.idatLengths()[chunk]);
                        chunk++;
                    } else if (n == 0) {
                        throw new IOException("PNG data ends early"); // finished, or out of data, or damaged
                    }
                }
            } catch (DataFormatException e) {
                throw new IOException("PNG data are damaged: " + e.getMessage(), e);
            }
        }
    }

    /** A growing array the deflater writes into. */
    private static final class Zipped {
        private byte[] buf;
        private int size;

        Zipped(int capacity) {
            buf = new byte[Math.max(capacity, 1024)];
        }

        void drain(Deflater deflater) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, buf.length * 2L));
            }
            size += deflater.deflate(buf, size, buf.length - size);
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** The image XObject of rows prepared by {@link #dropOpaqueAlpha}. */
    static PDImageXObject opaqueImage(PDDocument doc, Opaque o) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(o.deflated());
        }
        return withoutAlpha(stream, o.width(), o.height(), o.colours());
    }

    /**
     * Rows the background kept ({@link PageImages#kept}), read from their file as the dossier is saved and checked
     * against their SHA-256 then: a file changed since it was checked fails the save instead of showing other pixels.
     */
    static PDImageXObject keptImage(PageImages.Kept k) throws IOException {
        COSStream stream = FileSlices.ranges(k.file(), new long[] {k.offset()}, new long[] {k.length()}, k.sha256())
                .stream();
        return withoutAlpha(stream, k.width(), k.height(), k.colours());
    }

    /** An image of 8-bit rows whose alpha was dropped: RGB, or grey for a grey+alpha original. */
    private static PDImageXObject withoutAlpha(COSStream s, int w, int h, int colours) throws IOException {
        return image(s, w, h, 8, colours, colours == 3 ? COSName.DEVICERGB : COSName.DEVICEGRAY);
    }

    /** The image XObject whose data are {@code s}: PNG-predicted Flate rows of this size, depth and colours. */
    private static PDImageXObject image(COSStream s, int w, int h, int bits, int colours, COSBase colourSpace)
            throws IOException {
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.IMAGE);
        s.setInt(COSName.WIDTH, w);
        s.setInt(COSName.HEIGHT, h);
        s.setInt(COSName.BITS_PER_COMPONENT, bits);
        s.setItem(COSName.COLORSPACE, colourSpace);
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        COSDictionary parms = new COSDictionary();
        parms.setInt(COSName.PREDICTOR, 15);
        parms.setInt(COSName.COLORS, colours);
        parms.setInt(COSName.BITS_PER_COMPONENT, bits);
        parms.setInt(COSName.COLUMNS, w);
        s.setItem(COSName.DECODE_PARMS, parms);
        return new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(s), null);
    }

    private static COSArray indexed(byte[] palette) {
        COSArray a = new COSArray();
        a.add(COSName.INDEXED);
        a.add(COSName.DEVICERGB);
        a.add(COSInteger.get(palette.length / 3 - 1));
        a.add(new COSString(java.util.Arrays.copyOf(palette, palette.length / 3 * 3)));
        return a;
    }

    static void unfilter(int type, byte[] cur, byte[] prev, int bpp) throws IOException {
        int n = cur.length;
        switch (type) {
            case 0 -> {
            }
            case 1 -> {
                for (int i = bpp; i < n; i++) {
                    cur[i] += cur[i - bpp];
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    cur[i] += prev[i];
                }
            }
            case 3 -> {
                for (int i = 0; i < n; i++) {
                    int left = i >= bpp ? cur[i - bpp] & 0xff : 0;
                    cur[i] += (byte) ((left + (prev[i] & 0xff)) >>> 1);
                }
            }
            case 4 -> {
                for (int i = 0; i < n; i++) {
                    int a = i >= bpp ? cur[i - bpp] & 0xff : 0;
                    int b = prev[i] & 0xff;
                    int c = i >= bpp ? prev[i - bpp] & 0xff : 0;
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    cur[i] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }
            }
            default -> throw new IOException("Unknown PNG filter type " + type);
        }
    }
}
