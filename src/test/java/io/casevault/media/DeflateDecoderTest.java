package io.casevault.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DeflateDecoder} against zlib (java.util.zip): the same output from the same data, the same refusals. */
class DeflateDecoderTest {

    /** Kinds of data that exercise literals, short and long matches, overlapping copies and stored blocks. */
    private static byte[] data(Random random, int kind, int size) {
        byte[] b = new byte[size];
        switch (kind) {
            case 0 -> random.nextBytes(b); // incompressible: stored blocks or literals only
            case 1 -> { // runs of one byte, as a screenshot's flat background filters to
                for (int i = 0; i < size; ) {
                    int run = 1 + random.nextInt(600);
                    Arrays.fill(b, i, Math.min(size, i + run), (byte) random.nextInt(4));
                    i += run;
                }
            }
            case 2 -> { // short periods (pixels of 2, 3, 4 bytes and more), overlapping matches
                for (int i = 0; i < size; ) {
                    int period = 1 + random.nextInt(40);
                    byte[] unit = new byte[period];
                    random.nextBytes(unit);
                    int n = Math.min(size - i, period * (1 + random.nextInt(30)));
                    for (int k = 0; k < n; k++) {
                        b[i + k] = unit[k % period];
                    }
                    i += n;
                }
            }
            default -> { // far repeats of earlier stretches and a small alphabet: long codes, far distances
                for (int i = 0; i < size; i++) {
                    b[i] = i > 40_000 && random.nextInt(8) != 0 ? b[i - 1 - random.nextInt(32_000)]
                            : (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : 'a' + random.nextInt(5));
                }
            }
        }
        return b;
    }

    private static byte[] deflate(byte[] data, int level, int strategy) {
        return TestImages.deflate(data, level, strategy, true);
    }

    /** What a decoder made of some data: its output and where its final block ended, or that it refused it. */
    private record Outcome(boolean refused, byte[] output, int end) {
    }

    private static Outcome ours(byte[] in, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int end = DeflateDecoder.decode(in, 0, in.length, (b, off, n) -> {
                out.write(b, off, n);
                return out.size() <= limit;
            });
            return end < 0 ? new Outcome(true, null, -1) : new Outcome(false, out.toByteArray(), end);
        } catch (DeflateDecoder.Invalid | DeflateDecoder.Truncated e) {
            return new Outcome(true, null, -1);
        }
    }

    private static Outcome zlib(byte[] in, int limit) {
        Inflater inflater = new Inflater(true);
        inflater.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return new Outcome(true, null, -1);
                }
                out.write(buf, 0, n);
                if (out.size() > limit) {
                    return new Outcome(true, null, -1);
                }
            }
            return new Outcome(false, out.toByteArray(), in.length - inflater.getRemaining());
        } catch (DataFormatException e) {
            return new Outcome(true, null, -1);
        } finally {
            inflater.end();
        }
    }

    @ParameterizedTest(name = "data kind {0}, level {1}, strategy {2}")
    @CsvSource({"0,0,0", "0,6,0", "0,6,2", "1,1,0", "1,9,0", "1,6,1", "2,1,0", "2,6,0", "2,9,1", "2,6,2",
        "3,1,0", "3,6,0", "3,9,0", "3,6,1", "3,6,2"})
    void decodesWhatZlibWroteToTheSameBytes(int kind, int level, int strategy) throws Exception {
        Random random = new Random(kind * 31L + level * 7L + strategy);
        for (int size : new int[] {0, 1, 300, 70_000, 700_000}) {
            byte[] data = data(random, kind, size);
            byte[] compressed = deflate(data, level, strategy);
            byte[] withTail = Arrays.copyOf(compressed, compressed.length + 4); // an Adler-32 would follow

            Outcome outcome = ours(withTail, Integer.MAX_VALUE);

            assertThat(outcome.refused()).as("size %d", size).isFalse();
            assertThat(outcome.output()).as("size %d", size).isEqualTo(data);
            assertThat(outcome.end()).as("size %d", size).isEqualTo(compressed.length);
        }
    }

    /**
     * Repeats of every period from one byte to past a word (the word-at-a-time copy and the byte copies of shorter
     * distances), ending at every offset of a word and over several windows, decode to the bytes zlib wrote.
     */
    @ParameterizedTest(name = "period {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 258, 259, 32_768})
    void decodesRepeatsOfEveryPeriodLikeZlib(int period) {
        Random random = new Random(period);
        for (int size = 700_000; size < 700_008; size++) {
            byte[] unit = new byte[period];
            random.nextBytes(unit);
            byte[] data = new byte[size];
            for (int i = 0; i < size; i++) {
                data[i] = i % 5_000 < 4_000 ? unit[i % period] : (byte) random.nextInt(256);
            }
            byte[] compressed = deflate(data, 6, 0);

            Outcome outcome = ours(compressed, Integer.MAX_VALUE);

            assertThat(outcome.refused()).as("size %d", size).isFalse();
            assertThat(outcome.output()).as("size %d", size).isEqualTo(zlib(compressed, Integer.MAX_VALUE).output())
                    .isEqualTo(data);
        }
    }

    /**
     * Damaged data (bits flipped, bytes overwritten, cut short) is refused exactly when zlib refuses it, and what both
     * accept decodes to the same bytes ending at the same place.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void refusesExactlyWhatZlibRefuses(int seed) {
        Random random = new Random(seed);
        int refused = 0;
        for (int round = 0; round < 400; round++) {
            int kind = random.nextInt(4);
            byte[] data = data(random, kind, 1 + random.nextInt(round % 10 == 0 ? 200_000 : 3_000));
            byte[] damaged = deflate(data, random.nextInt(10), random.nextInt(3));
            switch (random.nextInt(3)) {
                case 0 -> damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                default -> damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            int limit = data.length + 1_000_000;

            Outcome zlib = zlib(damaged, limit);
            Outcome ours = ours(damaged, limit);

            assertThat(ours.refused()).as("round %d", round).isEqualTo(zlib.refused());
            if (!zlib.refused()) {
                assertThat(ours.output()).as("round %d", round).isEqualTo(zlib.output());
                assertThat(ours.end()).as("round %d", round).isEqualTo(zlib.end());
            }
            refused += zlib.refused() ? 1 : 0;
        }
        assertThat(refused).as("damage that zlib refuses, so the comparison means something").isGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reserved block type        | 07",
        "stored lengths disagree    | 01 05 00 fa fe",
        "distance before the start  | 03 02 00 00",
        "unused literal/length code | 1b 03 00",
        "unused distance code       | 4b 04 3e 00",
        "unused literal/length code, with the input the fast loop needs after it | 1b 03 00 00 00 00 00 00 00 00 00",
        "unused distance code, with the input the fast loop needs after it       | 4b 04 3e 00 00 00 00 00 00 00 00",
    })
    void refusesHandMadeInvalidData(String what, String hex) {
        byte[] in = new byte[hex.split(" ").length];
        String[] parts = hex.split(" ");
        for (int i = 0; i < parts.length; i++) {
            in[i] = (byte) Integer.parseInt(parts[i], 16);
        }

        assertThat(zlib(in, 1000).refused()).as("zlib refuses it too").isTrue();
        assertThatThrownBy(() -> DeflateDecoder.decode(in, 0, in.length, (b, off, n) -> true))
                .isInstanceOf(DeflateDecoder.Invalid.class);
    }
}
