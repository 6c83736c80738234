package dev.parley.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KpiAggregatesTest {
    @Test
    void holdsWhatAddingEachObservationToItsKpisAggregateGives() {
        Random random = new Random(20);
        KpiAggregates aggregates = KpiAggregates.empty();
        Map<Kpi, KpiAggregate> expected = new EnumMap<>(Kpi.class);
        for (int event = 0; event < 2_000; event++) {
            List<Observation> observations = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                Kpi kpi = Kpi.values()[random.nextInt(Kpi.values().length)];
                observations.add(new Observation(kpi, random.nextInt(7200) - 10));
            }
            for (Observation o : observations) {
                expected.put(o.kpi(), expected.getOrDefault(o.kpi(), KpiAggregate.empty()).add(o.kpi(), o.value()));
            }

            aggregates = KpiAggregates.fromBytes(aggregates.add(observations).toBytes());

            assertThat(aggregates.byKpi()).usingRecursiveComparison().isEqualTo(expected);
        }
        for (Kpi kpi : Kpi.values()) {
            assertThat(aggregates.of(kpi)).usingRecursiveComparison().isEqualTo(expected.get(kpi));
        }
    }

    @Test
    void keepsTheKpisAnEventDoesNotTouchAsTheyWereStored() {
        KpiAggregates before = KpiAggregates.empty().add(List.of(new Observation(Kpi.FIRST_RESPONSE_TIME, 90),
                new Observation(Kpi.NPS, 9), new Observation(Kpi.POST_VOLUME, 1)));

        KpiAggregates after = before.add(List.of(new Observation(Kpi.POST_VOLUME, 1)));

        assertThat(after.of(Kpi.POST_VOLUME).n()).isEqualTo(2);
        assertThat(after.of(Kpi.FIRST_RESPONSE_TIME).durations()).isEqualTo(before.of(Kpi.FIRST_RESPONSE_TIME)
                .durations());
        assertThat(after.toBytes()).hasSize(before.toBytes().length);
    }

    @Test
    void refusesBytesThatAreCutShortOrTooLong() {
        byte[] stored = KpiAggregates.empty().add(List.of(new Observation(Kpi.CSAT, 1))).toBytes();

        assertThatThrownBy(() -> KpiAggregates.fromBytes(Arrays.copyOf(stored, stored.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KpiAggregates.fromBytes(Arrays.copyOf(stored, stored.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many");
    }
}
