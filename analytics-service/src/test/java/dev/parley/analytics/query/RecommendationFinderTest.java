package dev.parley.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.recommendations.ServiceProcess;
import dev.parley.analytics.spikes.SpikeSettings;
import dev.parley.analytics.stream.KpiTopology;
import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Screening;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriagedPost;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import tools.jackson.databind.json.JsonMapper;

/** A planted trend, through the real topology and its stores, becomes a recommendation with its evidence. */
class RecommendationFinderTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant TODAY = Instant.parse("2026-11-23T00:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, TriagedPost> triaged;
    private RecommendationFinder finder;
    private int id;

    @BeforeEach
    void start() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "recommendation-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // The test driver commits after every record; in-memory stores spare it a RocksDB flush each time.
        config.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG,
                BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        KpiTopology.build(builder, JSON, "/parley/analytics-service", SpikeSettings.DEFAULTS);
        driver = new TopologyTestDriver(builder.build(), config);
        triaged = driver.createInputTopic(Topic.POSTS_TRIAGED.topicName(), Serdes.String().serializer(),
                new JacksonJsonSerde<>(TriagedPost.class, JSON).noTypeInfo().serializer());
        KpiStores stores = new KpiStores(window -> (ReadOnlyWindowStore<String, KpiAggregate>) (Object)
                driver.getWindowStore(window.storeName()));
        finder = new RecommendationFinder(new TrendFinder(stores), new Recommender(Map.of("lost-luggage",
                new ServiceProcess("baggage tracing", List.of("add a saved reply with the tracing link")))));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void moreLostLuggagePostsThisWeekPointAtBaggageTracing() {
        for (int day = 14; day >= 1; day--) {
            Instant date = TODAY.minus(Duration.ofDays(day));
            posts(date, "lost-luggage", day > 7 ? 6 : 18);
            posts(date, "staff", 10);
        }

        List<Recommendation> recommendations = finder.find("acme-air", TrendFinder.Period.WEEK, TODAY, 30);

        assertThat(recommendations).hasSize(1);
        Recommendation r = recommendations.get(0);
        assertThat(r.title()).isEqualTo("Lost-luggage posts up 200% week over week (p < 0.001): review the baggage "
                + "tracing process");
        assertThat(r.actions()).containsExactly("add a saved reply with the tracing link");
        assertThat(r.evidence().previousSample()).isEqualTo(42);
        assertThat(r.evidence().currentSample()).isEqualTo(126);
    }

    @Test
    void aStableWeekRecommendsNothing() {
        for (int day = 14; day >= 1; day--) {
            posts(TODAY.minus(Duration.ofDays(day)), "lost-luggage", 10);
        }

        assertThat(finder.find("acme-air", TrendFinder.Period.WEEK, TODAY, 30)).isEmpty();
    }

    private void posts(Instant day, String topic, int count) {
        for (int i = 0; i < count; i++) {
            Instant at = day.plusSeconds(600L * i + id % 60);
            String postId = "x:" + (++id);
            triaged.pipeInput(postId, new TriagedPost(new SocialPost(postId, "acme-air", Platform.X, postId,
                    PostKind.PUBLIC_MENTION, new Author("a" + id, "h", null, 1, false), "text", "en", at, at, null,
                    postId, null), new Sentiment(SentimentLabel.NEUTRAL, 0, 0.8), new Priority(20, List.of()), "m",
                    at, null, null, List.of(new TopicMatch(topic, 0.9, "keywords", List.of())), null,
                    Screening.RELEVANT, null, List.of()));
        }
    }
}
