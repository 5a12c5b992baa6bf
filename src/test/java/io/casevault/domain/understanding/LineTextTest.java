package io.casevault.domain.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LineTextTest {

    /**
     * ASCII and the CJK ideographs skip the normaliser; every code point of these blocks and their neighbours still
     * reads as NFKC makes it (dashes aside), each mapped back to itself.
     */
    @ParameterizedTest(name = "U+{0} to U+{1}")
    @CsvSource({"0000, 00FF", "3000, 33FF", "4DFF, 4E01", "9FFE, A000", "F900, FAFF", "FF00, FFEF"})
    void everyCodePointReadsAsNfkcMakesIt(String from, String to) {
        for (int cp = Integer.parseInt(from, 16); cp <= Integer.parseInt(to, 16); cp++) {
            String one = new String(Character.toChars(cp));
            LineText line = LineText.of("a" + one + "b");
            String expected = switch (cp) {
                case 0x2212, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0xFE63 -> "-";
                default -> Normalizer.normalize(one, Normalizer.Form.NFKC);
            };
            assertThat(line.text()).as("U+%04X", cp).isEqualTo("a" + expected + "b");
            assertThat(line.originalRange(1, 1 + expected.length())).as("U+%04X", cp)
                    .containsExactly(1, 1 + one.length());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3"})
    void aLineOfMixedScriptsReadsAsItsCodePointsNormalisedOneByOne(long seed) {
        Random random = new Random(seed);
        int[] pool = {'A', '7', ' ', ':', 0x4E2D, 0x91D1, 0xFF11, 0xFFE5, 0x3000, 0x2212, 0x2013, 0xFF1A, 0xFB01,
                0x1D400, 0x00BD, 0x00E9};
        StringBuilder original = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            int cp = pool[random.nextInt(pool.length)];
            String one = new String(Character.toChars(cp));
            original.append(one);
            expected.append(cp == 0x2212 || cp == 0x2013 ? "-" : Normalizer.normalize(one, Normalizer.Form.NFKC));
        }

        assertThat(LineText.of(original.toString()).text()).isEqualTo(expected.toString());
    }
}
