package dev.parley.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KpiAggregateSerdeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Serde<KpiAggregate> serde = KpiAggregateSerde.of(JSON);

    @Test
    void anAggregateComesBackAsItWasStored() {
        KpiAggregate nps = KpiAggregate.empty().add(Kpi.NPS, 10).add(Kpi.NPS, 3).add(Kpi.NPS, 7);
        KpiAggregate durations = KpiAggregate.empty().add(Kpi.FIRST_RESPONSE_TIME, 42)
                .add(Kpi.FIRST_RESPONSE_TIME, 3600);

        KpiAggregate npsBack = roundTrip(nps);
        KpiAggregate durationsBack = roundTrip(durations);

        assertThat(npsBack).usingRecursiveComparison().isEqualTo(nps);
        assertThat(npsBack.value(Kpi.NPS, "nps")).isEqualTo(0.0);
        assertThat(durationsBack.durations()).isEqualTo(durations.durations());
        assertThat(durationsBack.value(Kpi.FIRST_RESPONSE_TIME, "first_response_time_p90"))
                .isEqualTo(durations.value(Kpi.FIRST_RESPONSE_TIME, "first_response_time_p90"));
    }

    @Test
    void aggregatesStoredAsJsonByEarlierVersionsAreStillRead() {
        KpiAggregate stored = KpiAggregate.empty().add(Kpi.POST_VOLUME, 1).add(Kpi.POST_VOLUME, 1);

        KpiAggregate read = serde.deserializer().deserialize("kpis-1m-changelog", JSON.writeValueAsBytes(stored));

        assertThat(read).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void bytesThatAreNoAggregateAreRefusedWithTheReason() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {7, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("not a stored KPI aggregate");
    }

    private KpiAggregate roundTrip(KpiAggregate aggregate) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", aggregate));
    }
}
