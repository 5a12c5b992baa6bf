package io.casevault.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IDAT data check, both ways it runs: held and decoded whole (a limit of 16 MiB) and streamed through zlib as it
 * arrives (a limit of 0, as for data too large to hold).
 */
class PngDataCheckerTest {
    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;

    /** Greyscale rows, each a filter byte (0..4) then a run-heavy gradient, like a screenshot's. */
    private static byte[] rows(long seed) {
        Random random = new Random(seed);
        byte[] raw = new byte[HEIGHT * (WIDTH + 1)];
        for (int y = 0; y < HEIGHT; y++) {
            raw[y * (WIDTH + 1)] = (byte) random.nextInt(5);
            for (int x = 0; x < WIDTH; x++) {
                raw[y * (WIDTH + 1) + 1 + x] = (byte) (x / 40 + (random.nextInt(50) == 0 ? random.nextInt(256) : 0));
            }
        }
        return raw;
    }

    private static byte[] zlib(byte[] data) {
        return TestImages.deflate(data, 1, Deflater.DEFAULT_STRATEGY, false);
    }

    /** Feeds the data in uneven pieces, as IDAT chunks and read buffers split it, and finishes. */
    private static void check(byte[] zlib, int holdLimit) throws MediaRejectedException {
        try (PngDataChecker checker = new PngDataChecker(WIDTH, HEIGHT, 8, false, holdLimit)) {
            Random random = new Random(zlib.length);
            for (int off = 0; off < zlib.length; ) {
                int n = Math.min(zlib.length - off, 1 + random.nextInt(3000));
                checker.feed(zlib, off, n);
                off += n;
                if (checker.failure() != null) {
                    throw new MediaRejectedException(checker.failure());
                }
            }
            checker.endOfData();
            checker.finish();
        }
    }

    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void acceptsIntactData(int holdLimit) {
        for (long seed = 1; seed <= 5; seed++) {
            byte[] data = zlib(rows(seed));
            assertThatCode(() -> check(data, holdLimit)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void refusesAWrongAdlerChecksum(int holdLimit) {
        byte[] data = zlib(rows(1));
        data[data.length - 2] ^= 0x10;

        assertThatThrownBy(() -> check(data, holdLimit))
                .hasMessage("the PNG image data is corrupt (bad zlib checksum)");
    }

    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void refusesAnUnknownFilterType(int holdLimit) {
        byte[] raw = rows(2);
        raw[57 * (WIDTH + 1)] = 5;

        assertThatThrownBy(() -> check(zlib(raw), holdLimit))
                .hasMessage("the PNG image data is corrupt (a scanline uses the unknown filter type 5)");
    }

    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void refusesDataCutBeforeItsChecksum(int holdLimit) {
        byte[] data = zlib(rows(3));
        byte[] cut = Arrays.copyOf(data, data.length - 3);

        assertThatThrownBy(() -> check(cut, holdLimit))
                .hasMessage("the PNG image data is truncated (the compressed stream does not end)");
    }

    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void refusesDataOneRowShort(int holdLimit) {
        byte[] raw = rows(4);

        assertThatThrownBy(() -> check(zlib(Arrays.copyOf(raw, raw.length - WIDTH - 1)), holdLimit))
                .hasMessageStartingWith("the PNG image data is incomplete");
    }

    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void refusesDamagedCompressedData(int holdLimit) {
        byte[] data = zlib(rows(5));
        data[data.length / 2] ^= 0x5A;

        assertThatThrownBy(() -> check(data, holdLimit)).hasMessageStartingWith("the PNG image data");
    }

    /** A bomb: 64 MiB of zero rows squeezed into some 64 KiB, for an image that needs 60 KB; refused early. */
    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void refusesDataThatInflatesBeyondTheImage(int holdLimit) {
        byte[] bomb = TestImages.deflate(new byte[64 << 20], 9, Deflater.DEFAULT_STRATEGY, false);
        assertThat(bomb.length).isLessThan(128 * 1024);

        assertThatThrownBy(() -> check(bomb, holdLimit))
                .hasMessage("the PNG image data decodes to more bytes than the image dimensions allow");
    }

    /** Headers other than the usual one go to zlib as they are, which checks them as it always did. */
    @ParameterizedTest(name = "hold limit {0}")
    @ValueSource(ints = {PngDataChecker.HOLD_LIMIT, 0})
    void letsZlibJudgeAnyOtherHeader(int holdLimit) {
        byte[] raw = new byte[HEIGHT * (WIDTH + 1)]; // each row repeats the one before: matches within 512 bytes
        byte[] row = new byte[WIDTH + 1];
        new Random(7).nextBytes(row);
        row[0] = 0;
        for (int y = 0; y < HEIGHT; y++) {
            System.arraycopy(row, 0, raw, y * (WIDTH + 1), WIDTH + 1);
        }
        byte[] usual = zlib(raw);
        byte[] badCheck = usual.clone();
        badCheck[1] ^= 0x01;
        byte[] dictionary = usual.clone();
        dictionary[1] = (byte) (0x20 | 31 - ((0x78 << 8) | 0x20) % 31);

        assertThatCode(() -> check(smallWindow(raw), holdLimit)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(badCheck, holdLimit))
                .hasMessage("the PNG image data is corrupt (bad zlib header)");
        assertThatThrownBy(() -> check(dictionary, holdLimit))
                .hasMessage("the PNG image data is corrupt (it asks for a preset zlib dictionary)");
    }

    /** The raw deflate data of {@code data} under a zlib header that declares a 512-byte window. */
    private static byte[] smallWindow(byte[] data) {
        int cmf = 0x18; // deflate, CINFO 1: a 512-byte window
        int flg = 31 - (cmf << 8) % 31;
        assertThat(((cmf << 8) | flg) % 31).isZero();
        Adler32 adler = new Adler32();
        adler.update(data);
        long a = adler.getValue();
        return TestImages.concat(new byte[] {(byte) cmf, (byte) flg},
                TestImages.deflate(data, 6, Deflater.DEFAULT_STRATEGY, true),
                new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});
    }
}
