package io.casevault.ocr;

import java.util.Objects;

/**
 * Greedy CTC decoding of the recogniser's per-step class probabilities: the most likely class at each step, with
 * repeats merged and blanks dropped. The confidence is the mean of the kept steps' probabilities (0 for no text).
 *
 * <p>One refinement: the model often gives a narrow space between two characters (the one in
 * {@code 2026-11-03 14:30:12}) to the blank class, with the space class a clear second. So a run of blanks between
 * two characters in which the space class reaches {@link #SPACE_HINT} reads as a space. Within words the space class
 * stays well below that (about 0.03 at most on rendered screenshots; at gaps it is 0.08 to 0.5). No hinted space
 * goes before a mark that never follows one ({@link #NO_SPACE_BEFORE}: the comma in {@code -7,823.48} sits in such a
 * gap at some crop widths).
 */
final class CtcDecoder {
    static final float SPACE_HINT = 0.05f;
    /** Marks that follow the character before them without a space, in English and Chinese text. */
    static final String NO_SPACE_BEFORE = ",.:;!?%)]}，。、：；！？）】》";

    private final CharacterSet characters;
    private final int space;

    CtcDecoder(CharacterSet characters) {
        this.characters = Objects.requireNonNull(characters, "characters");
        this.space = characters.size() - 1;
    }

    record Decoded(String text, double confidence) {
    }

    /**
     * Decodes one sample of a {@code [batch, steps, classes]} probability tensor laid out row-major in
     * {@code probs}, starting at {@code offset}.
     */
    Decoded decode(float[] probs, int offset, int steps) {
        int classes = characters.size();
        if (offset < 0 || steps < 0 || offset + (long) steps * classes > probs.length) {
            throw new IllegalArgumentException("the probabilities hold fewer than " + steps + " steps of " + classes);
        }
        StringBuilder text = new StringBuilder();
        double sum = 0;
        int kept = 0;
        int previous = -1;
        float spaceInGap = 0;
        for (int t = 0; t < steps; t++) {
            int row = offset + t * classes;
            int best = 0;
            float bestP = probs[row];
            for (int c = 1; c < classes; c++) {
                if (probs[row + c] > bestP) {
                    bestP = probs[row + c];
                    best = c;
                }
            }
            if (best == CharacterSet.BLANK) {
                spaceInGap = Math.max(spaceInGap, probs[row + space]);
            } else if (best != previous) {
                boolean afterSpace = text.length() == 0 || text.charAt(text.length() - 1) == ' ';
                String symbol = characters.symbol(best);
                if (best != space && !afterSpace && spaceInGap >= SPACE_HINT && !closesUp(symbol)) {
                    text.append(' ');
                }
                text.append(symbol);
                sum += bestP;
                kept++;
                spaceInGap = 0;
            }
            previous = best;
        }
        return new Decoded(text.toString(), kept == 0 ? 0 : sum / kept);
    }

    private static boolean closesUp(String symbol) {
        return symbol.length() == 1 && NO_SPACE_BEFORE.indexOf(symbol.charAt(0)) >= 0;
    }
}
