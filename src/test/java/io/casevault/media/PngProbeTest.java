package io.casevault.media;

import static io.casevault.media.TestImages.chunk;
import static io.casevault.media.TestImages.chunkLength;
import static io.casevault.media.TestImages.chunkOffset;
import static io.casevault.media.TestImages.concat;
import static io.casevault.media.TestImages.fixCrc;
import static io.casevault.media.TestImages.greyPng;
import static io.casevault.media.TestImages.greyScanlines;
import static io.casevault.media.TestImages.latin1;
import static io.casevault.media.TestImages.write;
import static io.casevault.media.TestImages.zlib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngProbeTest {

    @TempDir
    Path dir;

    private final MediaProbe probe = new MediaProbe();

    private byte[] rgbPng() {
        return TestImages.encode(TestImages.picture(120, 80, BufferedImage.TYPE_INT_RGB), "png");
    }

    private Path file(byte[] bytes) throws Exception {
        return write(dir, "image.png", bytes);
    }

    @Test
    void acceptsValidPngWithItsStoredSize() throws Exception {
        ProbeResult result = probe.probe(file(rgbPng()));

        assertThat(result.mediaType()).isEqualTo("image/png");
        assertThat(result.isImage()).isTrue();
        assertThat(result.width()).hasValue(120);
        assertThat(result.height()).hasValue(80);
        assertThat(result.orientation()).isEqualTo(1);
        assertThat(result.exifDateTime()).isEmpty();
    }

    @Test
    void acceptsAdam7InterlacedPng() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(TestImages.picture(13, 7, BufferedImage.TYPE_INT_ARGB), null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] png = out.toByteArray();
        assertThat(png[chunkOffset(png, "IHDR") + 8 + 12]).as("interlace method").isEqualTo((byte) 1);

        assertThat(probe.probe(file(png)).width()).hasValue(13);
    }

    @Test
    void rejectsPngWhoseIdatCrcIsWrong() throws Exception {
        byte[] png = rgbPng();
        int idat = chunkOffset(png, "IDAT");
        png[idat + 8 + chunkLength(png, idat) / 2] ^= 0x5A;

        assertThatThrownBy(() -> probe.probe(file(png)))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("not a valid PNG: chunk IDAT has a wrong CRC");
    }

    @Test
    void rejectsPngWhoseCompressedDataIsCorruptDespiteAValidCrc() throws Exception {
        byte[] png = rgbPng();
        int idat = chunkOffset(png, "IDAT");
        png[idat + 8 + chunkLength(png, idat) / 2] ^= 0x5A;
        fixCrc(png, idat);

        assertThatThrownBy(() -> probe.probe(file(png)))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessageStartingWith("the PNG image data");
    }

    @Test
    void rejectsPngWithWrongAdlerChecksum() throws Exception {
        byte[] png = rgbPng();
        int idat = chunkOffset(png, "IDAT");
        png[idat + 8 + chunkLength(png, idat) - 1] ^= 0x01; // last byte of the zlib Adler-32
        fixCrc(png, idat);

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("the PNG image data is corrupt (bad zlib checksum)");
    }

    @Test
    void rejectsPngWithoutIendChunk() throws Exception {
        byte[] png = rgbPng();
        byte[] truncated = Arrays.copyOf(png, chunkOffset(png, "IEND"));

        assertThatThrownBy(() -> probe.probe(file(truncated)))
                .hasMessage("the PNG data is truncated (no IEND chunk)");
    }

    @Test
    void rejectsPngTruncatedInsideImageData() throws Exception {
        byte[] png = rgbPng();
        byte[] truncated = Arrays.copyOf(png, chunkOffset(png, "IDAT") + 30);

        assertThatThrownBy(() -> probe.probe(file(truncated)))
                .hasMessageStartingWith("the PNG data is truncated (chunk IDAT claims");
    }

    @Test
    void rejectsPngWithBitDepthNotAllowedForItsColourType() throws Exception {
        byte[] png = rgbPng();
        int ihdr = chunkOffset(png, "IHDR");
        png[ihdr + 8 + 8] = 4; // RGB allows only 8 and 16
        fixCrc(png, ihdr);

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("not a valid PNG: bit depth 4 is not allowed for colour type 2");
    }

    @Test
    void rejectsPngClaimingMorePixelsThanTheLimit() throws Exception {
        byte[] png = rgbPng();
        int ihdr = chunkOffset(png, "IHDR");
        ByteBuffer.wrap(png, ihdr + 8, 8).putInt(64250).putInt(64250);
        fixCrc(png, ihdr);

        assertThatThrownBy(() -> probe.probe(file(png))).hasMessage(
                "image claims 64250 × 64250 pixels, more than the 100 megapixel limit (possible decompression bomb)");
    }

    @Test
    void honoursACustomPixelLimit() throws Exception {
        Path path = file(rgbPng()); // 120 x 80 = 9600 pixels

        assertThat(new MediaProbe(9600).probe(path).width()).hasValue(120);
        assertThatThrownBy(() -> new MediaProbe(9599).probe(path))
                .hasMessageContaining("image claims 120 × 80 pixels, more than the 9599 pixel limit");
    }

    @Test
    void rejectsPngWhoseImageDataIsShorterThanItsDeclaredHeight() throws Exception {
        byte[] png = rgbPng();
        int ihdr = chunkOffset(png, "IHDR");
        ByteBuffer.wrap(png, ihdr + 12, 4).putInt(81); // one row more than encoded
        fixCrc(png, ihdr);

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessageStartingWith("the PNG image data is incomplete");
    }

    @Test
    void rejectsPngWhoseImageDataIsLongerThanItsDeclaredHeight() throws Exception {
        byte[] png = rgbPng();
        int ihdr = chunkOffset(png, "IHDR");
        ByteBuffer.wrap(png, ihdr + 12, 4).putInt(79);
        fixCrc(png, ihdr);

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("the PNG image data decodes to more bytes than the image dimensions allow");
    }

    @Test
    void rejectsPngWithUnknownScanlineFilterType() throws Exception {
        byte[] raw = greyScanlines(4, 3);
        raw[5] = 7; // filter byte of the second row

        assertThatThrownBy(() -> probe.probe(file(greyPng(4, 3, raw))))
                .hasMessage("the PNG image data is corrupt (a scanline uses the unknown filter type 7)");
    }

    @Test
    void acceptsHandBuiltPngWithAllFilterTypes() throws Exception {
        byte[] raw = greyScanlines(4, 5);
        for (int row = 0; row < 5; row++) {
            raw[row * 5] = (byte) row;
        }

        assertThat(probe.probe(file(greyPng(4, 5, raw))).height()).hasValue(5);
    }

    @Test
    void rejectsChunkLengthClaimingTwoGigabytesWithoutAllocatingIt() throws Exception {
        byte[] png = rgbPng();
        int idat = chunkOffset(png, "IDAT");
        ByteBuffer.wrap(png, idat, 4).putInt(0x7FFF_FFF0);
        long start = System.nanoTime();

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessageStartingWith("the PNG data is truncated (chunk IDAT claims 2147483632 bytes");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void rejectsPaletteImageWithoutPalette() throws Exception {
        byte[] png = TestImages.png(chunk("IHDR", TestImages.ihdr(2, 2, 8, 3, 0)),
                chunk("IDAT", zlib(new byte[6])), chunk("IEND", new byte[0]));

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("not a valid PNG: the palette (PLTE) of a palette image is missing");
    }

    @Test
    void rejectsPngWhoseIdatChunksAreNotConsecutive() throws Exception {
        byte[] compressed = zlib(greyScanlines(4, 4));
        byte[] png = TestImages.png(chunk("IHDR", TestImages.ihdr(4, 4, 8, 0, 0)),
                chunk("IDAT", Arrays.copyOf(compressed, 5)), chunk("tEXt", latin1("a\0b")),
                chunk("IDAT", Arrays.copyOfRange(compressed, 5, compressed.length)), chunk("IEND", new byte[0]));

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("not a valid PNG: the IDAT chunks are not consecutive");
    }

    @Test
    void rejectsUnknownCriticalChunk() throws Exception {
        byte[] png = greyPng(2, 2, greyScanlines(2, 2), chunk("ABCD", new byte[3]));

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("not a valid PNG: it contains the unknown critical chunk ABCD");
    }

    @Test
    void rejectsZtxtChunkThatExpandsIntoADecompressionBomb() throws Exception {
        byte[] ztxt = chunk("zTXt", concat(latin1("Comment\0\0"), zlib(new byte[2 << 20])));

        assertThatThrownBy(() -> probe.probe(file(greyPng(2, 2, greyScanlines(2, 2), ztxt))))
                .hasMessage("a compressed text chunk expands beyond 1 MiB (decompression bomb)");
    }

    @Test
    void rejectsCompressedItxtChunkThatExpandsIntoADecompressionBomb() throws Exception {
        byte[] itxt = chunk("iTXt", concat(latin1("Comment\0\1\0en\0Kommentar\0"), zlib(new byte[2 << 20])));

        assertThatThrownBy(() -> probe.probe(file(greyPng(2, 2, greyScanlines(2, 2), itxt))))
                .hasMessage("a compressed text chunk expands beyond 1 MiB (decompression bomb)");
    }

    @Test
    void rejectsManyCompressedChunksThatTogetherExpandBeyondTheBudget() throws Exception {
        byte[] ztxt = chunk("zTXt", concat(latin1("Comment\0\0"), zlib(new byte[1 << 20])));

        assertThatThrownBy(() -> probe.probe(file(greyPng(2, 2, greyScanlines(2, 2),
                ztxt, ztxt, ztxt, ztxt, ztxt, ztxt, ztxt, ztxt, ztxt))))
                .hasMessage("the compressed metadata chunks expand beyond 8 MiB in total (decompression bomb)");
    }

    @Test
    void acceptsOrdinaryCompressedTextAndIgnoresMalformedOne() throws Exception {
        byte[] good = chunk("zTXt", concat(latin1("Comment\0\0"), zlib(latin1("hello world"))));
        byte[] malformed = chunk("zTXt", latin1("Comment\0\0not zlib at all"));

        assertThat(probe.probe(file(greyPng(2, 2, greyScanlines(2, 2), good, malformed))).width()).hasValue(2);
    }

    @Test
    void rejectsPngWithDamagedSignatureInsteadOfAcceptingItAsUnknownData() throws Exception {
        byte[] png = rgbPng();
        png[7] = ' ';

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("not a valid PNG: the 8-byte file signature is damaged");
    }

    @Test
    void rejectsPngWithoutImageData() throws Exception {
        byte[] png = TestImages.png(chunk("IHDR", TestImages.ihdr(2, 2, 8, 0, 0)), chunk("IEND", new byte[0]));

        assertThatThrownBy(() -> probe.probe(file(png)))
                .hasMessage("not a valid PNG: it contains no image data (no IDAT chunk)");
    }

    @Test
    void readsOrientationFromPngExifChunk() throws Exception {
        byte[] exif = chunk("eXIf", TestImages.exifTiff(6, "2023:04:05 06:07:08", "+02:00"));

        ProbeResult result = probe.probe(file(greyPng(2, 2, greyScanlines(2, 2), exif)));

        assertThat(result.orientation()).isEqualTo(6);
        assertThat(result.exifDateTime()).hasValue(java.time.LocalDateTime.of(2023, 4, 5, 6, 7, 8));
    }
}
