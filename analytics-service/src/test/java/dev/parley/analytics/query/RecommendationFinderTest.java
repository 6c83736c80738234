package dev.parley.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.recommendations.ServiceProcess;
import dev.parley.analytics.stream.TopologyHarness;
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
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A planted trend, through the real topology and its stores, becomes a recommendation with its evidence. */
class RecommendationFinderTest {
    private static final Instant TODAY = Instant.parse("2026-11-23T00:00:00Z");

    private TopologyHarness harness;
    private TestInputTopic<String, TriagedPost> triaged;
    private RecommendationFinder finder;
    private int id;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
        triaged = harness.input(Topic.POSTS_TRIAGED.topicName(), TriagedPost.class);
        finder = new RecommendationFinder(new TrendFinder(harness.stores()), new Recommender(Map.of("lost-luggage",
                new ServiceProcess("baggage tracing", List.of("add a saved reply with the tracing link")))));
    }

    @AfterEach
    void stop() {
        harness.close();
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
