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
import dev.parley.ingestion.privacy.Pseudonymisation;
import dev.parley.ingestion.threading.ThreadLink;
import dev.parley.ingestion.threading.Threading;
import dev.parley.ingestion.x.XTweetFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
    private static final Duration REMEMBER_FOR = Duration.ofDays(90);

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawPost> raw;
    private TestOutputTopic<String, SocialPost> posts;
    private TestOutputTopic<String, RawPost> deadLetters;
    private TestInputTopic<String, ThreadLink> links;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        FirstDeliveryTopology.build(builder, new JacksonJsonSerde<>(RawPost.class, JSON).noTypeInfo(),
                new JacksonJsonSerde<>(SocialPost.class, JSON).noTypeInfo(),
                new JacksonJsonSerde<>(ThreadLink.class, JSON).noTypeInfo(),
                new Normaliser(List.of(new GenericPostParser(), new XTweetFormat())),
                new Listening(Map.of("acme-air", new ListeningRules(List.of("AcmeAir"), List.of("refund"), List.of(),
                        List.of("giveaway"), List.of()))),
                new Pseudonymisation(Map.of("acme-air", new Pseudonymisation.BrandPolicy("acme-air-salt-0123456789", false,
                        Set.of("private-person")))), new Threading(Duration.ofMinutes(30)), REMEMBER_FOR,
                "/parley/ingestion-service");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "first-delivery-test");
        driver = new TopologyTestDriver(builder.build(), config, T);
        raw = driver.createInputTopic(Topic.POSTS_RAW.topicName(), Serdes.String().serializer(),
                new JacksonJsonSerde<>(RawPost.class, JSON).noTypeInfo().serializer());
        posts = driver.createOutputTopic(Topic.POSTS.topicName(), Serdes.String().deserializer(),
                new JacksonJsonSerde<>(SocialPost.class, JSON).ignoreTypeHeaders().noTypeInfo().deserializer());
        links = driver.createInputTopic(Topic.INGESTION_THREADS.topicName(), Serdes.String().serializer(),
                new JacksonJsonSerde<>(ThreadLink.class, JSON).noTypeInfo().serializer());
        deadLetters = driver.createOutputTopic(Topic.POSTS_RAW.deadLetterTopicName().orElseThrow(),
                Serdes.String().deserializer(),
                new JacksonJsonSerde<>(RawPost.class, JSON).ignoreTypeHeaders().noTypeInfo().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawPost generic(String externalId, String inReplyTo, Instant receivedAt) {
        return generic(externalId, inReplyTo, receivedAt, "u1");
    }

    private static RawPost generic(String externalId, String inReplyTo, Instant receivedAt, String authorId) {
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("platform", "reddit", "externalId", externalId,
                "brand", "acme-air", "author", Map.of("id", authorId), "text", "where is my refund?"));
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
        assertThat(out.get(0).value().rawReference()).as("where the item is kept as received")
                .isEqualTo("parley.posts.raw/0@0");
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
    void aRecordThatIsNotARawPostIsParkedUnchangedWithTheReasonAndTheNextIsPublished() {
        driver.createInputTopic(Topic.POSTS_RAW.topicName(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer()).pipeInput("x:8", "{\"postId\": ".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("reddit:a", generic("a", null, T));

        TestRecord<String, byte[]> parked = driver.createOutputTopic(Topic.POSTS_RAW.deadLetterTopicName().orElseThrow(),
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer()).readRecord();
        assertThat(parked.key()).isEqualTo("x:8");
        assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("{\"postId\": ");
        assertThat(new String(parked.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .isNotBlank();
        assertThat(new String(parked.headers().lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo("parley.posts.raw");
        assertThat(posts.readRecordsToList()).extracting(r -> r.value().postId()).containsExactly("reddit:a");
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

    private void publish(RawPost post) {
        raw.pipeInput(post.postId(), post);
    }

    private String conversationOf(String postId) {
        return posts.readRecordsToList().stream().filter(r -> r.value().postId().equals(postId)).findFirst()
                .map(r -> {
                    assertThat(r.key()).isEqualTo(r.value().conversationId());
                    return r.value().conversationId();
                }).orElseThrow();
    }

    @Test
    void aCustomerAnsweringTheBrandsReplyStaysInTheirConversation() {
        publish(generic("root", null, T));
        links.pipeInput("acme-air|reddit", new ThreadLink("acme-air", Platform.REDDIT, "reddit:brand-reply", "reddit:root", null));
        publish(generic("thanks", "brand-reply", T.plusSeconds(3600)));
        publish(generic("and-more", "thanks", T.plusSeconds(7200)));

        List<TestRecord<String, SocialPost>> out = posts.readRecordsToList();
        assertThat(out).extracting(r -> r.value().conversationId()).containsExactly("reddit:root", "reddit:root", "reddit:root");
        assertThat(out).extracting(TestRecord::key).containsOnly("reddit:root");
    }

    @Test
    void aBrandAnswerKnownOnlyByItsParentLinksTheChainToo() {
        publish(generic("question", null, T));
        links.pipeInput("acme-air|reddit", new ThreadLink("acme-air", Platform.REDDIT, "reddit:answer", null, "reddit:question"));
        publish(generic("follow-up", "answer", T.plusSeconds(86_400)));

        assertThat(posts.readRecordsToList()).extracting(r -> r.value().conversationId())
                .containsExactly("reddit:question", "reddit:question");
    }

    @Test
    void aReplyToAnItemNeverSeenKeepsItsPlatformsConversation() {
        publish(generic("orphan", "somewhere-else", T));

        assertThat(conversationOf("reddit:orphan")).isEqualTo("reddit:somewhere-else");
    }

    @Test
    void theSameAuthorPostingAgainSoonContinuesTheConversation() {
        publish(generic("first", null, T, "jane"));
        publish(generic("ten-minutes-later", null, T.plusSeconds(600), "jane"));
        publish(generic("someone-else", null, T.plusSeconds(660), "sam"));
        publish(generic("next-day", null, T.plus(Duration.ofDays(1)), "jane"));

        assertThat(posts.readRecordsToList()).extracting(r -> r.value().postId() + " " + r.value().conversationId())
                .containsExactly("reddit:first reddit:first", "reddit:ten-minutes-later reddit:first",
                        "reddit:someone-else reddit:someone-else", "reddit:next-day reddit:next-day");
    }

    @Test
    void customersWhoAskedNotToBeIdentifiedArePublishedUnderAPseudonym() {
        publish(generic("anon-1", null, T, "private-person"));
        publish(generic("anon-2", null, T.plus(Duration.ofDays(2)), "private-person"));
        publish(generic("named", null, T, "u1"));

        List<SocialPost> out = posts.readRecordsToList().stream().map(TestRecord::value).toList();
        assertThat(out.get(0).author().id()).matches("anon-[0-9a-f]{16}").isEqualTo(out.get(1).author().id());
        assertThat(out.get(0).author().handle()).isNull();
        assertThat(out.get(2).author().id()).isEqualTo("u1");
    }

    @Test
    void itemsAndThreadsAreForgottenAfterTheyHaveBeenRememberedLongEnough() {
        publish(generic("old", null, T));
        driver.advanceWallClockTime(REMEMBER_FOR.minusDays(1));
        publish(generic("old", null, T));
        publish(generic("reply-in-time", "old", T.plus(REMEMBER_FOR.minusDays(1))));
        assertThat(posts.readRecordsToList()).extracting(r -> r.value().postId() + " " + r.value().conversationId())
                .containsExactly("reddit:old reddit:old", "reddit:reply-in-time reddit:old");

        driver.advanceWallClockTime(Duration.ofDays(2));
        publish(generic("old", null, T));
        publish(generic("too-late", "old", T.plus(REMEMBER_FOR.plusDays(1))));

        assertThat(posts.readRecordsToList()).extracting(r -> r.value().postId())
                .as("forgotten, so a very late repeat is published again").containsExactly("reddit:old", "reddit:too-late");
    }
}
