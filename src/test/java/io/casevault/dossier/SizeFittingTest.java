package io.casevault.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing how compact a submission copy must be, and packing exhibits into volumes that each fit. */
class SizeFittingTest {
    static final VolumePlan.Overhead OVERHEAD = new VolumePlan.Overhead(500, 200);

    @Test
    void picturesStayAsTheyAreWhenTheyFit() {
        SizeFit.Choice c = SizeFit.choose(new long[] {1000, 2000}, new long[][] {{500, 600}}, OVERHEAD, 4000, false);

        assertThat(c.rung()).isEqualTo(SizeFit.AS_IS);
        assertThat(c.plan()).hasValueSatisfying(p -> assertThat(p.count()).isOne());
        assertThat(c.bytes()).isEqualTo(3700);
    }

    @Test
    void theMildestRungThatFitsIsChosen() {
        long[][] rungs = {{3000, 3000}, {1500, 1500}, {800, 800}, {400, 400}};

        SizeFit.Choice c = SizeFit.choose(new long[] {5000, 5000}, rungs, OVERHEAD, 4000, false);

        assertThat(c.rung()).as("1,500 + 1,500 + 700 fits 4,000; 3,000 + 3,000 does not").isEqualTo(1);
        assertThat(c.estimate().step()).contains(ShrinkStep.LADDER.get(1));
        assertThat(c.estimate().fits()).isTrue();
    }

    @Test
    void withoutSplittingACopyThatDoesNotFitAtTheMostCompactRungHasNoPlan() {
        long[][] rungs = {{3000, 3000, 3000}, {2000, 2000, 2000}};

        SizeFit.Choice c = SizeFit.choose(new long[] {9000, 9000, 9000}, rungs, OVERHEAD, 4000, false);

        assertThat(c.rung()).isEqualTo(1);
        assertThat(c.plan()).isEmpty();
        assertThat(c.bytes()).isEqualTo(6700);
        assertThat(c.estimate().fits()).isFalse();
    }

    @Test
    void splittingPacksTheMostCompactRungIntoVolumesThatEachFit() {
        long[][] rungs = {{3000, 3000, 3000}, {2000, 2000, 2000}};

        SizeFit.Choice c = SizeFit.choose(new long[] {9000, 9000, 9000}, rungs, OVERHEAD, 4000, true);

        assertThat(c.rung()).isEqualTo(1);
        assertThat(c.plan()).hasValueSatisfying(p -> assertThat(p.volumes())
                .containsExactly(List.of(0), List.of(1), List.of(2)));
        assertThat(c.estimate().volumes()).isEqualTo(3);
        assertThat(c.bytes()).as("every volume carries its furniture").isEqualTo(6000 + 3 * 500 + 200);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyVolumeFitsAndHoldsTheExhibitsInOrder(long seed) {
        Random random = new Random(seed);
        long limit = 10_000;
        long[] costs = new long[5 + random.nextInt(60)];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = 1 + random.nextInt(9_000);
        }

        VolumePlan plan = VolumePlan.pack(costs, OVERHEAD, limit).orElseThrow();

        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < plan.count(); v++) {
            long size = OVERHEAD.everyVolume() + (v == 0 ? OVERHEAD.firstVolume() : 0);
            for (int i : plan.volumes().get(v)) {
                size += costs[i];
                order.add(i);
                assertThat(plan.volumeOf(i)).isEqualTo(v + 1);
            }
            assertThat(size).as("volume " + (v + 1)).isLessThanOrEqualTo(limit);
            if (v + 1 < plan.count()) {
                int next = plan.volumes().get(v + 1).get(0);
                assertThat(size + costs[next]).as("a volume is closed only when the next exhibit does not fit")
                        .isGreaterThan(limit);
            }
        }
        assertThat(order).as("each exhibit once, in order").hasSize(costs.length).isSorted();
    }

    @Test
    void anExhibitTooLargeForAnyVolumeIsNamed() {
        long[] costs = {100, 9_600, 100};

        assertThat(VolumePlan.tooLarge(costs, OVERHEAD, 10_000)).hasValue(1);
        assertThat(VolumePlan.pack(costs, OVERHEAD, 10_000)).isEmpty();
    }

    @Test
    void theFirstVolumeHoldsOnlyTheCaseWhenItsFirstExhibitDoesNotFitBesideIt() {
        VolumePlan plan = VolumePlan.pack(new long[] {9_400, 100}, OVERHEAD, 10_000).orElseThrow();

        assertThat(plan.volumes()).containsExactly(List.of(), List.of(0, 1));
    }
}
