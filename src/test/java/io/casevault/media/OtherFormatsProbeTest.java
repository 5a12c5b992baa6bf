package io.casevault.media;

import static io.casevault.media.TestImages.concat;
import static io.casevault.media.TestImages.latin1;
import static io.casevault.media.TestImages.markerOffset;
import static io.casevault.media.TestImages.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherFormatsProbeTest {

    @TempDir
    Path dir;

    private final MediaProbe probe = new MediaProbe();

    private static byte[] jpeg() {
        return TestImages.encode(TestImages.picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    @Test
    void acceptsJpegWithItsStoredSize() throws Exception {
        ProbeResult result = probe.probe(write(dir, "photo.jpg", jpeg()));

        assertThat(result.mediaType()).isEqualTo("image/jpeg");
        assertThat(result.width()).hasValue(64);
        assertThat(result.height()).hasValue(48);
        assertThat(result.orientation()).isEqualTo(1);
    }

    @Test
    void rejectsJpegWithoutEndOfImageMarker() throws Exception {
        byte[] jpeg = jpeg();
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length - 40);

        assertThatThrownBy(() -> probe.probe(write(dir, "photo.jpg", truncated)))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("the JPEG data is truncated (no end-of-image marker)");
    }

    @Test
    void acceptsJpegWithBytesAfterEndOfImage() throws Exception {
        byte[] jpeg = concat(jpeg(), latin1("trailing data appended by some phone"));

        assertThat(probe.probe(write(dir, "photo.jpg", jpeg)).width()).hasValue(64);
    }

    @Test
    void rejectsJpegWhoseFrameHeaderClaimsTooManyPixels() throws Exception {
        byte[] jpeg = jpeg();
        int sof = markerOffset(jpeg, 0xC0);
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 64250).putShort((short) 64250);

        assertThatThrownBy(() -> probe.probe(write(dir, "photo.jpg", jpeg))).hasMessage(
                "image claims 64250 × 64250 pixels, more than the 100 megapixel limit (possible decompression bomb)");
    }

    @Test
    void rejectsJpegWithoutAnyImageData() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

        assertThatThrownBy(() -> probe.probe(write(dir, "photo.jpg", jpeg)))
                .hasMessage("not a valid JPEG: the image ends before any image data");
    }

    @Test
    void readsOrientationDateAndOffsetFromJpegExif() throws Exception {
        byte[] exif = concat(latin1("Exif\0\0"), TestImages.exifTiff(6, "2024:02:29 23:59:58", "+02:00"));
        byte[] jpeg = TestImages.withApp1(jpeg(), exif);

        ProbeResult result = probe.probe(write(dir, "photo.jpg", jpeg));

        assertThat(result.orientation()).isEqualTo(6);
        assertThat(result.exifDateTime()).hasValue(LocalDateTime.of(2024, 2, 29, 23, 59, 58));
        assertThat(result.exifOffset()).hasValue(ZoneOffset.ofHours(2));
        assertThat(result.width()).as("stored size, not rotated").hasValue(64);
    }

    @Test
    void brokenExifDoesNotRejectAnOtherwiseValidJpeg() throws Exception {
        byte[] exif = concat(latin1("Exif\0\0MM\0*"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 1, 2});
        byte[] jpeg = TestImages.withApp1(jpeg(), exif);

        ProbeResult result = probe.probe(write(dir, "photo.jpg", jpeg));

        assertThat(result.orientation()).isEqualTo(1);
        assertThat(result.exifDateTime()).isEmpty();
    }

    @Test
    void acceptsGifWithItsSize() throws Exception {
        byte[] gif = TestImages.encode(TestImages.picture(30, 20, BufferedImage.TYPE_BYTE_INDEXED), "gif");

        ProbeResult result = probe.probe(write(dir, "anim.gif", gif));

        assertThat(result.mediaType()).isEqualTo("image/gif");
        assertThat(result.width()).hasValue(30);
        assertThat(result.height()).hasValue(20);
    }

    @Test
    void rejectsGifWhoseFrameClaimsTooManyPixels() throws Exception {
        byte[] gif = TestImages.encode(TestImages.picture(30, 20, BufferedImage.TYPE_BYTE_INDEXED), "gif");
        int descriptor = indexOf(gif, (byte) 0x2C);
        ByteBuffer.wrap(gif, descriptor + 5, 4).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 0xFFFF).putShort((short) 0xFFFF);

        assertThatThrownBy(() -> probe.probe(write(dir, "anim.gif", gif)))
                .hasMessageStartingWith("image claims 65535 × 65535 pixels");
    }

    @Test
    void rejectsGifTruncatedInsideAFrame() throws Exception {
        byte[] gif = TestImages.encode(TestImages.picture(30, 20, BufferedImage.TYPE_BYTE_INDEXED), "gif");
        byte[] truncated = Arrays.copyOf(gif, indexOf(gif, (byte) 0x2C) + 16);

        assertThatThrownBy(() -> probe.probe(write(dir, "anim.gif", truncated)))
                .hasMessage("the GIF data is truncated (a frame is incomplete)");
    }

    @Test
    void acceptsBmpWithItsSize() throws Exception {
        byte[] bmp = TestImages.encode(TestImages.picture(17, 9, BufferedImage.TYPE_3BYTE_BGR), "bmp");

        ProbeResult result = probe.probe(write(dir, "scan.bmp", bmp));

        assertThat(result.mediaType()).isEqualTo("image/bmp");
        assertThat(result.width()).hasValue(17);
        assertThat(result.height()).hasValue(9);
    }

    @Test
    void rejectsBmpClaimingTooManyPixels() throws Exception {
        byte[] bmp = TestImages.encode(TestImages.picture(17, 9, BufferedImage.TYPE_3BYTE_BGR), "bmp");
        ByteBuffer.wrap(bmp, 18, 8).order(ByteOrder.LITTLE_ENDIAN).putInt(20_000).putInt(-20_000);

        assertThatThrownBy(() -> probe.probe(write(dir, "scan.bmp", bmp)))
                .hasMessageStartingWith("image claims 20000 × 20000 pixels");
    }

    @Test
    void rejectsWebpWhoseCanvasClaimsTooManyPixelsBeforeDecoding() throws Exception {
        ByteBuffer webp = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        webp.put(latin1("RIFF")).putInt(32).put(latin1("WEBPVP8X")).putInt(10).putInt(0);
        webp.put((byte) 0x1F).put((byte) 0x4E).put((byte) 0).put((byte) 0x1F).put((byte) 0x4E).put((byte) 0);

        assertThatThrownBy(() -> probe.probe(write(dir, "x.webp", webp.array())))
                .hasMessageStartingWith("image claims 20000 × 20000 pixels");
    }

    @Test
    void rejectsWebpWhoseImageDataCannotBeDecoded() throws Exception {
        ByteBuffer webp = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        webp.put(latin1("RIFF")).putInt(56).put(latin1("WEBPVP8 ")).putInt(44);
        webp.put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A, 0x10, 0x00, 0x10, 0x00});
        webp.put(latin1("garbage instead of a VP8 bitstream"));

        assertThatThrownBy(() -> probe.probe(write(dir, "x.webp", webp.array())))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessageContaining("WebP");
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        assertThatThrownBy(() -> probe.probe(write(dir, "empty.png", new byte[0])))
                .hasMessage("the file is empty");
    }

    @Test
    void acceptsTextFileNamedPngAsPlainText() throws Exception {
        ProbeResult result = probe.probe(write(dir, "notes.png", latin1("Paid 12.50 EUR on 2024-01-02\n")));

        assertThat(result.mediaType()).isEqualTo("text/plain");
        assertThat(result.isImage()).isFalse();
        assertThat(result.width()).isEmpty();
    }

    @Test
    void acceptsPdfWhateverItsName() throws Exception {
        ProbeResult result = probe.probe(write(dir, "receipt.jpg", latin1("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n")));

        assertThat(result.mediaType()).isEqualTo("application/pdf");
        assertThat(result.orientation()).isEqualTo(1);
    }

    @Test
    void acceptsUnknownBinaryAsOctetStream() throws Exception {
        ProbeResult result = probe.probe(write(dir, "blob.bin", new byte[] {0, 1, 2, 3, (byte) 0xFE, 0}));

        assertThat(result.mediaType()).isEqualTo("application/octet-stream");
    }

    private static int indexOf(byte[] data, byte value) {
        // skip the header and the global colour table of an ImageIO GIF before searching
        int start = 13 + ((data[10] & 0x80) != 0 ? 3 << ((data[10] & 7) + 1) : 0);
        for (int i = start; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
