package io.casevault.dossier;

import java.util.Optional;

/**
 * What a submission copy is predicted to be before it is written: its total size, in how many volumes, at which rung
 * of the {@link ShrinkStep#LADDER} (empty: pictures as they are), and whether it can be written at all under the limit
 * (without {@code --split}, a copy that needs several volumes cannot).
 */
public record SizeEstimate(long bytes, int volumes, Optional<ShrinkStep> step, boolean fits) {

    public SizeEstimate {
        if (bytes < 0 || volumes < 1) {
            throw new IllegalArgumentException("bytes " + bytes + ", volumes " + volumes);
        }
        step = step == null ? Optional.empty() : step;
    }
}
