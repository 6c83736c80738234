package dev.parley.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregates;
import dev.parley.analytics.kpi.Observation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class KpiSerdesTest {
    private final Serde<KpiAggregates> aggregates = KpiSerdes.aggregates();
    private final Serde<List<Observation>> observations = KpiSerdes.observations();

    @Test
    void aBreakdownsAggregatesComeBackAsTheyWereStored() {
        KpiAggregates stored = KpiAggregates.empty()
                .add(List.of(new Observation(Kpi.NPS, 10), new Observation(Kpi.NPS, 3), new Observation(Kpi.NPS, 7)))
                .add(List.of(new Observation(Kpi.FIRST_RESPONSE_TIME, 42),
                        new Observation(Kpi.FIRST_RESPONSE_TIME, 3600), new Observation(Kpi.POST_VOLUME, 1)));

        KpiAggregates back = aggregates.deserializer().deserialize("t",
                aggregates.serializer().serialize("t", stored));

        assertThat(back.byKpi()).usingRecursiveComparison().isEqualTo(stored.byKpi());
        assertThat(back.of(Kpi.NPS).value(Kpi.NPS, "nps")).isEqualTo(0.0);
        assertThat(back.of(Kpi.FIRST_RESPONSE_TIME).value(Kpi.FIRST_RESPONSE_TIME, "first_response_time_p90"))
                .isEqualTo(stored.of(Kpi.FIRST_RESPONSE_TIME).value(Kpi.FIRST_RESPONSE_TIME,
                        "first_response_time_p90"));
        assertThat(back.of(Kpi.POST_VOLUME).n()).isEqualTo(1);
        assertThat(back.of(Kpi.CSAT)).isNull();
    }

    @Test
    void observationsComeBackInTheirOrder() {
        List<Observation> sent = List.of(new Observation(Kpi.BACKLOG, -1), new Observation(Kpi.BACKLOG, 1),
                new Observation(Kpi.SENTIMENT_INDEX, -80));

        byte[] bytes = observations.serializer().serialize("t", sent);

        assertThat(observations.deserializer().deserialize("t", bytes)).isEqualTo(sent);
        assertThat(bytes).hasSizeLessThan(60);
    }

    @Test
    void bytesThatAreNoneOfTheLayoutsAreRefusedWithTheReason() {
        byte[] observationBytes = observations.serializer().serialize("t", List.of(new Observation(Kpi.NPS, 9)));

        assertThatThrownBy(() -> aggregates.deserializer().deserialize("t", new byte[] {7, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("not a stored set of KPI aggregates");
        assertThatThrownBy(() -> aggregates.deserializer().deserialize("t", observationBytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("format 1");
        assertThatThrownBy(() -> observations.deserializer().deserialize("t",
                Arrays.copyOf(observationBytes, observationBytes.length - 3)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cut short");
    }

    @Test
    void aStoredKpiThisVersionDoesNotKnowIsRefusedByName() {
        byte[] name = "no_such_kpi".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = ByteBuffer.allocate(3 + 1 + name.length + Double.BYTES).put((byte) 1).putShort((short) 1)
                .put((byte) name.length).put(name).putDouble(1).array();

        assertThatThrownBy(() -> observations.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown KPI")
                .cause().hasMessageContaining("no_such_kpi");
    }
}
