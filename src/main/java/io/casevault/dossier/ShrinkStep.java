package io.casevault.dossier;

import java.util.List;

/**
 * One rung of the submission copy's ladder: an image is scaled so that its shorter side is at most
 * {@code maxShortSide} pixels (never enlarged) and written as a JPEG of {@code quality}, in grey when {@code grey} (an
 * image that has no colour is written in grey at every rung). The last rung is the most compact form still legible at
 * 100 % zoom: a 1080-pixel-wide phone screenshot keeps 720 pixels, about the width it is shown at on the page.
 */
public record ShrinkStep(int maxShortSide, float quality, boolean grey) {

    /** From the mildest to the most compact; a copy takes the first rung at which it fits. */
    public static final List<ShrinkStep> LADDER = List.of(
            new ShrinkStep(1080, 0.85f, false),
            new ShrinkStep(1080, 0.72f, false),
            new ShrinkStep(900, 0.72f, false),
            new ShrinkStep(900, 0.6f, false),
            new ShrinkStep(720, 0.6f, false),
            new ShrinkStep(720, 0.5f, true));

    public ShrinkStep {
        if (maxShortSide < 64 || quality <= 0 || quality > 1) {
            throw new IllegalArgumentException("maxShortSide " + maxShortSide + ", quality " + quality);
        }
    }

    /** The rung's words for the view and the log, e.g. "720 px, JPEG 60 %, grey". */
    public String describe() {
        return maxShortSide + " px, JPEG " + Math.round(quality * 100) + " %" + (grey ? ", grey" : "");
    }
}
