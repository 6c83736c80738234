package dev.parley.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.CloudEventHeaders;
import dev.parley.events.KpiSnapshot;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import tools.jackson.databind.json.JsonMapper;

class KpiTopologyTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, TriagedPost> triaged;
    private TestOutputTopic<String, KpiSnapshot> kpis;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        KpiTopology.build(builder, new JacksonJsonSerde<>(TriagedPost.class, JSON).noTypeInfo(),
                new JacksonJsonSerde<>(KpiSnapshot.class, JSON).noTypeInfo(), "/parley/analytics-service");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "kpi-topology-test");
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        driver = new TopologyTestDriver(builder.build(), config);
        triaged = driver.createInputTopic(Topic.POSTS_TRIAGED.topicName(), Serdes.String().serializer(),
                new JacksonJsonSerde<>(TriagedPost.class, JSON).noTypeInfo().serializer());
        kpis = driver.createOutputTopic(Topic.ANALYTICS_KPIS.topicName(), Serdes.String().deserializer(),
                new JacksonJsonSerde<>(KpiSnapshot.class, JSON).ignoreTypeHeaders().noTypeInfo().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static TriagedPost post(String id, Platform platform, SentimentLabel label, Instant receivedAt) {
        SocialPost p = new SocialPost(platform.wireName() + ":" + id, "acme-air", platform, id, PostKind.COMMENT,
                new Author("a", "h", "n", 0, false), "text", "en", receivedAt, receivedAt, null, id, null);
        return new TriagedPost(p, new Sentiment(label, 0, 0.5), new Priority(20, List.of()), "lexicon-v1", receivedAt,
                null, null, List.of(), null, null, null, List.of());
    }

    /** The latest snapshot per key, as a consumer of the compacted topic sees it. */
    private Map<String, KpiSnapshot> latestByKey() {
        return kpis.readKeyValuesToMap();
    }

    @Test
    void countsPostsPerMinuteByPlatformAndSentiment() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(5)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(50)));
        triaged.pipeInput("c3", post("3", Platform.REDDIT, SentimentLabel.POSITIVE, MINUTE.plusSeconds(59)));
        triaged.pipeInput("c4", post("4", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(61)));

        Map<String, KpiSnapshot> latest = latestByKey();

        assertThat(latest).hasSize(3);
        KpiSnapshot xNegative = latest.get("post_volume|2026-11-22T10:00:00Z|platform=x,sentiment=negative");
        assertThat(xNegative.value()).isEqualTo(2);
        assertThat(xNegative.windowEnd()).isEqualTo(MINUTE.plusSeconds(60));
        assertThat(xNegative.dimensions()).containsEntry("platform", "x").containsEntry("sentiment", "negative");
        assertThat(latest.get("post_volume|2026-11-22T10:00:00Z|platform=reddit,sentiment=positive").value()).isEqualTo(1);
        assertThat(latest.get("post_volume|2026-11-22T10:01:00Z|platform=x,sentiment=negative").value()).isEqualTo(1);
    }

    @Test
    void aLatePostWithinTheGracePeriodStillCountsInItsOwnMinute() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(10)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(30 * 60)));
        triaged.pipeInput("c3", post("3", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(20)));

        assertThat(latestByKey().get("post_volume|2026-11-22T10:00:00Z|platform=x,sentiment=neutral").value())
                .isEqualTo(2);
    }

    @Test
    void aPostLaterThanTheGracePeriodIsDropped() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(10)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plus(KpiTopology.GRACE).plusSeconds(120)));
        triaged.pipeInput("c3", post("3", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(20)));

        assertThat(latestByKey().get("post_volume|2026-11-22T10:00:00Z|platform=x,sentiment=neutral").value())
                .isEqualTo(1);
    }

    @Test
    void replayingTheSameInputGivesTheSameNumbers() {
        List<TriagedPost> input = List.of(
                post("1", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(1)),
                post("2", Platform.FACEBOOK, SentimentLabel.POSITIVE, MINUTE.plusSeconds(70)),
                post("3", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(2)));
        input.forEach(p -> triaged.pipeInput(p.post().conversationId(), p, Instant.now()));
        Map<String, Double> first = values(latestByKey());
        stop();
        start();

        input.forEach(p -> triaged.pipeInput(p.post().conversationId(), p, Instant.now().plusSeconds(3600)));

        assertThat(values(latestByKey())).isEqualTo(first);
    }

    @Test
    void snapshotsCarryTheirOwnCloudEventHeaders() {
        TestRecord<String, TriagedPost> in = new TestRecord<>("c1", post("1", Platform.X, SentimentLabel.NEGATIVE,
                MINUTE));
        in.headers().add(CloudEventHeaders.TYPE, "dev.parley.triaged-post.v1".getBytes(StandardCharsets.UTF_8));
        triaged.pipeInput(in);

        TestRecord<String, KpiSnapshot> out = kpis.readRecord();

        assertThat(new String(out.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("dev.parley.kpi-snapshot.v1");
        assertThat(out.headers().headers(CloudEventHeaders.TYPE)).hasSize(1);
    }

    private static Map<String, Double> values(Map<String, KpiSnapshot> snapshots) {
        return snapshots.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
    }
}
