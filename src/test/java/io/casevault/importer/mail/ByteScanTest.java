package io.casevault.importer.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ByteScanTest {

    /** The first match, also in the last bytes that are no whole group of eight, and none outside the range. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void findsTheFirstMatchInTheRangeAsALookAtEveryByteWould(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(6) == 0 ? '\n' : random.nextInt(256));
            }
            byte value = random.nextBoolean() ? (byte) '\n' : (byte) random.nextInt(256);
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);

            int expected = -1;
            for (int i = from; i < to && expected < 0; i++) {
                if (bytes[i] == value) {
                    expected = i;
                }
            }

            assertThat(ByteScan.indexOf(bytes, value, from, to)).isEqualTo(expected);
        }
    }
}
