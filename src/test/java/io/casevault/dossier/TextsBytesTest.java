package io.casevault.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A size for the dossier's pages reads as String.format's one decimal did (which {@link Texts#bytes} no longer calls):
 * at every unit's edges, at the halves where rounding goes up, and for sizes drawn from a seeded generator.
 */
class TextsBytesTest {
    static LongStream sizes() {
        LongStream edges = LongStream.of(0, 1, 1023, 1024, 1025, 1075, 1076, 1_048_575, 1_048_576, 1_101_004,
                1_101_005, 1_073_741_823, 1_073_741_824, 1L << 40, (1L << 50) - 1, 1L << 50, Long.MAX_VALUE);
        LongStream seeded = new Random(7).longs(200, 1024, 1L << 42);
        // at or near a twentieth of a unit, where half-up rounding decides (2,359,296 B is 2.25 MB exactly)
        LongStream halves = LongStream.of(1075, 1076, 2_359_296, 3_597_035_110L, 3_597_035_111L);
        return LongStream.concat(LongStream.concat(edges, seeded), halves);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void aSizeReadsAsTheFormatterWroteIt(long n) {
        assertThat(Texts.bytes(n)).isEqualTo(formatted(n));
    }

    /**
     * What Texts.bytes gave before, worked out another way: the unit from the highest bit (a division by a power of
     * two is exact, so n / 1024^u is the double the repeated divisions gave), the number through String.format.
     */
    private static String formatted(long n) {
        if (n < 1024) {
            return n + " B";
        }
        int unit = Math.min(4, (63 - Long.numberOfLeadingZeros(n)) / 10);
        double v = n / Math.scalb(1.0, 10 * unit);
        return String.format(Locale.ROOT, "%.1f %s", v, List.of("KB", "MB", "GB", "TB").get(unit - 1));
    }
}
