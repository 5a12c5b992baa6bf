package io.casevault.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CtcDecoderTest {
    // classes: 0 blank, 1 '1', 2 '2', 3 '¥', 4 '张', 5 space
    private static final CharacterSet CHARS = CharacterSet.fromDictionary("1\n2\n¥\n张\n");
    private static final int C = CHARS.size();
    private final CtcDecoder decoder = new CtcDecoder(CHARS);

    /** Probabilities with {@code p} on the given class at each step and the rest spread over the others. */
    private static float[] steps(float p, int... classes) {
        float[] probs = new float[classes.length * C];
        for (int t = 0; t < classes.length; t++) {
            for (int c = 0; c < C; c++) {
                probs[t * C + c] = c == classes[t] ? p : (1 - p) / (C - 1);
            }
        }
        return probs;
    }

    @Test
    void repeatsMergeBlanksDropAndABlankSeparatesARealDoubleLetter() {
        float[] probs = steps(0.9f, 1, 1, 0, 1, 2, 2, 0, 0, 2);
        assertThat(decoder.decode(probs, 0, 9).text()).isEqualTo("1122");
    }

    @Test
    void theConfidenceIsTheMeanOfTheKeptStepsMaximum() {
        float[] probs = steps(0.9f, 3, 0, 4);
        probs[2 * C + 4] = 0.6f;
        probs[2 * C] = 0.1f;
        CtcDecoder.Decoded d = decoder.decode(probs, 0, 3);
        assertThat(d.text()).isEqualTo("¥张");
        assertThat(d.confidence()).isCloseTo((0.9 + 0.6) / 2, within(1e-6));
    }

    @Test
    void onlyBlanksReadAsNothingWithZeroConfidence() {
        CtcDecoder.Decoded d = decoder.decode(steps(0.99f, 0, 0, 0), 0, 3);
        assertThat(d.text()).isEmpty();
        assertThat(d.confidence()).isZero();
    }

    @Test
    void theLastClassIsASpace() {
        assertThat(decoder.decode(steps(0.9f, 1, 5, 2), 0, 3).text()).isEqualTo("1 2");
    }

    @Test
    void aBlankGapWhereTheSpaceClassIsAClearSecondReadsAsASpace() {
        float[] probs = steps(0.8f, 1, 0, 2, 0, 1);
        probs[C + 5] = 0.15f; // between '1' and '2'
        probs[3 * C + 5] = 0.02f; // between '2' and '1': below the hint
        assertThat(decoder.decode(probs, 0, 5).text()).isEqualTo("1 21");
    }

    @Test
    void noHintedSpaceGoesBeforeACommaOrAFullStop() {
        CharacterSet chars = CharacterSet.fromDictionary("7\n,\n.\n8\n");
        int c = chars.size();
        float[] probs = new float[7 * c];
        int[] best = {1, 0, 2, 0, 4, 0, 3};
        for (int t = 0; t < best.length; t++) {
            probs[t * c + best[t]] = 0.8f;
            probs[t * c + c - 1] = best[t] == 0 ? 0.15f : 0.01f; // a clear space hint in every gap
        }
        assertThat(new CtcDecoder(chars).decode(probs, 0, 7).text()).isEqualTo("7, 8.");
    }

    @Test
    void noSpaceIsAddedAtTheStartOrBeforeARealSpace() {
        float[] probs = steps(0.8f, 0, 1, 0, 5, 2);
        probs[5] = 0.2f;
        probs[2 * C + 5] = 0.2f;
        assertThat(decoder.decode(probs, 0, 5).text()).isEqualTo("1 2");
    }

    @Test
    void aSampleIsReadFromItsOffsetInTheBatch() {
        float[] first = steps(0.9f, 1, 1);
        float[] second = steps(0.9f, 4, 0);
        float[] batch = new float[first.length + second.length];
        System.arraycopy(first, 0, batch, 0, first.length);
        System.arraycopy(second, 0, batch, first.length, second.length);
        assertThat(decoder.decode(batch, 2 * C, 2).text()).isEqualTo("张");
        assertThatThrownBy(() -> decoder.decode(batch, 2 * C, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
