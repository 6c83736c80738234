package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.KpiAggregates;
import dev.parley.analytics.query.KpiStores;
import dev.parley.analytics.spikes.SpikeSettings;
import dev.parley.events.Alert;
import dev.parley.events.Improvement;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import tools.jackson.databind.json.JsonMapper;

/** The analytics topology in a {@link TopologyTestDriver}, with its topics and stores at hand. */
public final class TopologyHarness implements AutoCloseable {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String APPLICATION_ID = "analytics-topology-test";
    private final TopologyTestDriver driver;

    public TopologyHarness() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        // The test driver commits after every record; in-memory stores spare it a RocksDB flush each time.
        config.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG,
                BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        KpiTopology.build(builder, JSON, "/parley/analytics-service", SpikeSettings.DEFAULTS);
        driver = new TopologyTestDriver(builder.build(), config);
    }

    public <T> TestInputTopic<String, T> input(String topic, Class<T> type) {
        return driver.createInputTopic(topic, Serdes.String().serializer(), KpiTopology.serde(type, JSON).serializer());
    }

    public <T> TestOutputTopic<String, T> output(String topic, Class<T> type) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(),
                KpiTopology.serde(type, JSON).deserializer());
    }

    /** A topic's records as bytes, in or out: for records that are not what the topic should carry. */
    public TestInputTopic<String, byte[]> rawInput(String topic) {
        return driver.createInputTopic(topic, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    public TestOutputTopic<String, byte[]> rawOutput(String topic) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    /** What the topology wrote to its repartition topic {@code name}, values as bytes. */
    public TestOutputTopic<String, byte[]> repartition(String name) {
        return rawOutput(APPLICATION_ID + "-" + name + "-repartition");
    }

    /** The KPI queries over the driver's stores. */
    @SuppressWarnings("unchecked")
    public KpiStores stores() {
        return new KpiStores(window -> (ReadOnlyWindowStore<String, KpiAggregates>) (Object)
                driver.getWindowStore(window.storeName()),
                () -> (ReadOnlyKeyValueStore<String, Alert>) (Object) driver.getKeyValueStore(KpiTopology.ALERTS),
                () -> (ReadOnlyKeyValueStore<String, Improvement>) (Object)
                        driver.getKeyValueStore(KpiTopology.IMPROVEMENTS));
    }

    @Override
    public void close() {
        driver.close();
    }
}
