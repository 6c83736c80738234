package dev.parley.ingestion.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Platform;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.listening.ListeningRules;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.x.XTweetFormat;
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

class FirstDeliveryTopologyTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawPost> raw;
    private TestOutputTopic<String, SocialPost> posts;
    private TestOutputTopic<String, RawPost> deadLetters;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        FirstDeliveryTopology.build(builder, new JacksonJsonSerde<>(RawPost.class, JSON).noTypeInfo(),
                new JacksonJsonSerde<>(SocialPost.class, JSON).noTypeInfo(),
                new Normaliser(List.of(new GenericPostParser(), new XTweetFormat())),
                new Listening(Map.of("acme-air", new ListeningRules(List.of("AcmeAir"), List.of("refund"), List.of(),
                        List.of("giveaway"), List.of()))), "/parley/ingestion-service");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "first-delivery-test");
        driver = new TopologyTestDriver(builder.build(), config);
        raw = driver.createInputTopic(Topic.POSTS_RAW.topicName(), Serdes.String().serializer(),
                new JacksonJsonSerde<>(RawPost.class, JSON).noTypeInfo().serializer());
        posts = driver.createOutputTopic(Topic.POSTS.topicName(), Serdes.String().deserializer(),
                new JacksonJsonSerde<>(SocialPost.class, JSON).ignoreTypeHeaders().noTypeInfo().deserializer());
        deadLetters = driver.createOutputTopic(Topic.POSTS_RAW.deadLetterTopicName().orElseThrow(),
                Serdes.String().deserializer(),
                new JacksonJsonSerde<>(RawPost.class, JSON).ignoreTypeHeaders().noTypeInfo().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawPost generic(String externalId, String inReplyTo, Instant receivedAt) {
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("platform", "reddit", "externalId", externalId,
                "brand", "acme-air", "author", Map.of("id", "u1"), "text", "where is my refund?"));
        if (inReplyTo != null) {
            payload.put("inReplyTo", inReplyTo);
        }
        return new RawPost("reddit:" + externalId, GenericPostParser.SOURCE, Platform.REDDIT, "acme-air", receivedAt,
                payload, Map.of());
    }

    @Test
    void eachItemIsPublishedOnceHoweverOftenItIsDelivered() {
        raw.pipeInput("reddit:a", generic("a", null, T));
        raw.pipeInput("reddit:a", generic("a", null, T.plusSeconds(30)));
        raw.pipeInput("reddit:b", generic("b", "a", T.plusSeconds(40)));
        raw.pipeInput("reddit:a", generic("a", null, T.plusSeconds(90)));

        List<TestRecord<String, SocialPost>> out = posts.readRecordsToList();

        assertThat(out).extracting(r -> r.value().postId()).containsExactly("reddit:a", "reddit:b");
        assertThat(out.get(0).value().receivedAt()).as("the first delivery wins").isEqualTo(T);
        assertThat(out).extracting(TestRecord::key).as("keyed by conversation").containsOnly("reddit:a");
        assertThat(new String(out.get(1).headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("dev.parley.social-post.v1");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void anItemThatCannotBeNormalisedIsParkedUnchangedWithTheReason() {
        RawPost broken = new RawPost("x:9", "x-account-activity-tweet", Platform.X, "acme-air", T,
                Map.of("id_str", "9", "text", "hello"), Map.of());

        raw.pipeInput("x:9", broken);

        assertThat(posts.isEmpty()).isTrue();
        TestRecord<String, RawPost> parked = deadLetters.readRecord();
        assertThat(parked.value()).isEqualTo(broken);
        assertThat(new String(parked.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .contains("created_at: is required", "user: is required");
        assertThat(new String(parked.headers().lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo("parley.posts.raw");
    }

    @Test
    void postsOutsideTheBrandsListeningRulesAreDroppedNotPublished() {
        RawPost giveaway = generic("g", null, T);
        giveaway.payload().put("text", "refund giveaway, retweet to win");
        RawPost offTopic = generic("o", null, T);
        offTopic.payload().put("text", "nice weather today");

        raw.pipeInput("reddit:g", giveaway);
        raw.pipeInput("reddit:o", offTopic);
        raw.pipeInput("reddit:k", generic("k", null, T));

        assertThat(posts.readRecordsToList()).extracting(r -> r.value().postId()).containsExactly("reddit:k");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void anItemFromAnUnknownSourceIsParkedToo() {
        raw.pipeInput("x:1", new RawPost("x:1", "carrier-pigeon", Platform.X, "acme-air", T, Map.of(), Map.of()));

        assertThat(new String(deadLetters.readRecord().headers().lastHeader("x-exception-message").value(),
                StandardCharsets.UTF_8)).contains("source: 'carrier-pigeon' is not one of [generic-api");
    }

    @Test
    void aRejectedItemCanBeDeliveredAgainOnceFixed() {
        RawPost broken = new RawPost("reddit:c", GenericPostParser.SOURCE, Platform.REDDIT, "acme-air", T,
                Map.of("platform", "reddit", "externalId", "c"), Map.of());

        raw.pipeInput("reddit:c", broken);
        raw.pipeInput("reddit:c", generic("c", null, T.plusSeconds(5)));

        assertThat(deadLetters.readRecordsToList()).hasSize(1);
        assertThat(posts.readRecordsToList()).extracting(r -> r.value().postId()).containsExactly("reddit:c");
    }
}
