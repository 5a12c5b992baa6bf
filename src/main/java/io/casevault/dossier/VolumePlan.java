package io.casevault.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which exhibits go into which volume of a submission copy, in exhibit order: each volume is filled until the next
 * exhibit would take it over the limit. Every volume carries the same furniture (cover, contents, fonts, the hash
 * manifest), the first also the case's own sections.
 *
 * @param volumes for each volume, the indexes of its exhibits in the case's exhibit list
 */
public record VolumePlan(List<List<Integer>> volumes) {

    public VolumePlan {
        volumes = volumes.stream().map(List::copyOf).toList();
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("A copy has at least one volume");
        }
    }

    /** The bytes each volume holds besides its exhibits. */
    public record Overhead(long everyVolume, long firstVolume) {
        public Overhead {
            if (everyVolume < 0 || firstVolume < 0) {
                throw new IllegalArgumentException("Overheads are not negative");
            }
        }
    }

    /** Everything in one volume. */
    public static VolumePlan single(int exhibits) {
        List<Integer> all = new ArrayList<>(exhibits);
        for (int i = 0; i < exhibits; i++) {
            all.add(i);
        }
        return new VolumePlan(List.of(all));
    }

    /** The predicted size of one volume holding everything. */
    public static long singleSize(long[] costs, Overhead overhead) {
        long sum = overhead.everyVolume() + overhead.firstVolume();
        for (long c : costs) {
            sum += c;
        }
        return sum;
    }

    /**
     * Packs the exhibits, whose predicted sizes are {@code costs}, into as few volumes as this order allows, each at
     * most {@code limit} bytes; empty when one exhibit alone is too large for a volume (see {@link #tooLarge}).
     */
    public static java.util.Optional<VolumePlan> pack(long[] costs, Overhead overhead, long limit) {
        if (tooLarge(costs, overhead, limit).isPresent()) {
            return java.util.Optional.empty();
        }
        List<List<Integer>> volumes = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long used = overhead.everyVolume() + overhead.firstVolume();
        for (int i = 0; i < costs.length; i++) {
            // the first volume may hold only the case's sections when its first exhibit is too large beside them
            if (used + costs[i] > limit && (!current.isEmpty() || volumes.isEmpty())) {
                volumes.add(current);
                current = new ArrayList<>();
                used = overhead.everyVolume();
            }
            current.add(i);
            used += costs[i];
        }
        volumes.add(current);
        return java.util.Optional.of(new VolumePlan(volumes));
    }

    /** The first exhibit that does not fit even alone in a volume after the first (nor in the first). */
    public static OptionalInt tooLarge(long[] costs, Overhead overhead, long limit) {
        for (int i = 0; i < costs.length; i++) {
            if (overhead.everyVolume() + costs[i] > limit) {
                return OptionalInt.of(i);
            }
        }
        if (overhead.everyVolume() + overhead.firstVolume() > limit) {
            return OptionalInt.of(-1);
        }
        return OptionalInt.empty();
    }

    public int count() {
        return volumes.size();
    }

    /** The volume (from 1) that holds exhibit {@code index}. */
    public int volumeOf(int index) {
        for (int v = 0; v < volumes.size(); v++) {
            if (Collections.binarySearch(volumes.get(v), index) >= 0) {
                return v + 1;
            }
        }
        throw new IllegalArgumentException("No exhibit " + index);
    }
}
