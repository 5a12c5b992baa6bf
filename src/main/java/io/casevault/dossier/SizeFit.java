package io.casevault.dossier;

import java.util.Optional;

/**
 * Chooses how compact a submission copy must be: pictures as they are when that fits, else the mildest rung of the
 * {@link ShrinkStep#LADDER} at which one file fits, else (with splitting allowed) the most compact rung in as few
 * volumes as fit. Pure: works on predicted or measured sizes alike.
 */
final class SizeFit {

    /** Pictures as they are: no rung. */
    static final int AS_IS = -1;

    private SizeFit() {
    }

    /**
     * A choice: the rung (or {@link #AS_IS}), the volumes (empty when nothing allowed fits) and the predicted total of
     * all volumes.
     */
    record Choice(int rung, Optional<VolumePlan> plan, long bytes) {

        SizeEstimate estimate() {
            return new SizeEstimate(bytes, plan.map(VolumePlan::count).orElse(1),
                    rung == AS_IS ? Optional.empty() : Optional.of(ShrinkStep.LADDER.get(rung)), plan.isPresent());
        }
    }

    /**
     * @param asIs    each exhibit's size with its pictures as they are
     * @param perRung each exhibit's size at each rung of the ladder, in ladder order (rungs not worked out: null)
     * @param limit   the most bytes one file may have
     */
    static Choice choose(long[] asIs, long[][] perRung, VolumePlan.Overhead overhead, long limit, boolean split) {
        long whole = VolumePlan.singleSize(asIs, overhead);
        if (whole <= limit) {
            return new Choice(AS_IS, Optional.of(VolumePlan.single(asIs.length)), whole);
        }
        int last = AS_IS;
        for (int k = 0; k < perRung.length; k++) {
            if (perRung[k] == null) {
                continue;
            }
            last = k;
            long size = VolumePlan.singleSize(perRung[k], overhead);
            if (size <= limit) {
                return new Choice(k, Optional.of(VolumePlan.single(asIs.length)), size);
            }
        }
        long[] compact = last == AS_IS ? asIs : perRung[last];
        Optional<VolumePlan> plan = split ? VolumePlan.pack(compact, overhead, limit) : Optional.empty();
        long total = VolumePlan.singleSize(compact, overhead)
                + (long) (plan.map(VolumePlan::count).orElse(1) - 1) * overhead.everyVolume();
        return new Choice(last, plan, total);
    }
}
