package dev.parley.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.Observation;
import dev.parley.analytics.spikes.TopicPosts;
import dev.parley.events.Alert;
import dev.parley.events.Author;
import dev.parley.events.BrandCheck;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.CloudEventHeaders;
import dev.parley.events.KpiSnapshot;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Screening;
import dev.parley.events.ScreeningLabel;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriagedPost;
import dev.parley.events.Verdict;
import dev.parley.support.messaging.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KpiTopologyTest {
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:00:00Z");
    private static final String BRAND = "brand=acme-air";

    private TopologyHarness harness;
    private TestInputTopic<String, TriagedPost> triaged;
    private TestInputTopic<String, CaseEvent> cases;
    private TestInputTopic<String, BrandCheck> checks;
    private TestOutputTopic<String, KpiSnapshot> kpis;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
        triaged = harness.input(Topic.POSTS_TRIAGED.topicName(), TriagedPost.class);
        cases = harness.input(Topic.CASES.topicName(), CaseEvent.class);
        checks = harness.input(Topic.BRAND_CHECKS.topicName(), BrandCheck.class);
        kpis = harness.output(Topic.ANALYTICS_KPIS.topicName(), KpiSnapshot.class);
        alerts = harness.output(Topic.ANALYTICS_ALERTS.topicName(), Alert.class);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static TriagedPost post(String id, Platform platform, SentimentLabel label, Instant receivedAt) {
        return post(id, platform, label, receivedAt, Screening.RELEVANT);
    }

    private static TriagedPost post(String id, Platform platform, SentimentLabel label, Instant receivedAt,
            Screening screening) {
        SocialPost p = new SocialPost(platform.wireName() + ":" + id, "acme-air", platform, id, PostKind.COMMENT,
                new Author("a", "h", "n", 0, false), "text", "en", receivedAt, receivedAt, null, id, null);
        double score = label == SentimentLabel.NEGATIVE ? -0.8 : label == SentimentLabel.POSITIVE ? 0.6 : 0;
        return new TriagedPost(p, new Sentiment(label, score, 0.5), new Priority(20, List.of()), "m", receivedAt,
                null, null, List.of(new TopicMatch("lost-luggage", 0.9, "keywords", List.of("bag"))), null, screening,
                null, List.of());
    }

    private static CaseEvent caseEvent(CaseEventType type, CaseStatus status, Instant at, Integer csat, Integer nps) {
        return new CaseEvent(UUID.randomUUID().toString(), type, "case-1", "x:1", "acme-air", Platform.X, status, 50,
                null, null, null, at, null, null, csat, nps, "public", MINUTE, "ana", "care", "lost-luggage");
    }

    private static CaseEvent caseEvent(String caseId, CaseEventType type, CaseStatus status, int secondsLater,
            String team) {
        return new CaseEvent(UUID.randomUUID().toString(), type, caseId, "x:1", "acme-air", Platform.X, status, 50,
                null, null, null, MINUTE.plusSeconds(secondsLater), null, null, null, null, "public", MINUTE, null,
                team, "lost-luggage");
    }

    /** The latest snapshot per key, as a consumer of the compacted topic sees it. */
    private Map<String, KpiSnapshot> latestByKey() {
        return kpis.readKeyValuesToMap();
    }

    @Test
    void parksEachInputsUnreadableRecordsOnItsDeadLetterTopicWithTheReasonAndCountsTheRest() {
        for (Topic input : List.of(Topic.POSTS_TRIAGED, Topic.CASES, Topic.BRAND_CHECKS)) {
            harness.rawInput(input.topicName()).pipeInput("k-" + input.topicName(),
                    "{not json".getBytes(StandardCharsets.UTF_8));
        }
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(5)));

        for (Topic input : List.of(Topic.POSTS_TRIAGED, Topic.CASES, Topic.BRAND_CHECKS)) {
            List<TestRecord<String, byte[]>> parked = harness.rawOutput(input.deadLetterTopicName().orElseThrow())
                    .readRecordsToList();
            assertThat(parked).as(input.topicName()).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("k-" + input.topicName());
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
                assertThat(new String(record.headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                        StandardCharsets.UTF_8)).isNotBlank();
                assertThat(new String(record.headers().lastHeader(DeadLetters.ORIGINAL_TOPIC_HEADER).value(),
                        StandardCharsets.UTF_8)).isEqualTo(input.topicName());
            });
        }
        assertThat(latestByKey().get("post_volume|1m|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(1);
    }

    @Test
    void countsPostsPerWindowForEachBrandAndEachBreakdown() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(5)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(50)));
        triaged.pipeInput("c3", post("3", Platform.REDDIT, SentimentLabel.POSITIVE, MINUTE.plusSeconds(59)));
        triaged.pipeInput("c4", post("4", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(61)));

        Map<String, KpiSnapshot> latest = latestByKey();

        KpiSnapshot xMinute = latest.get("post_volume|1m|2026-11-22T10:00:00Z|" + BRAND + ",platform=x");
        assertThat(xMinute.value()).isEqualTo(2);
        assertThat(xMinute.windowEnd()).isEqualTo(MINUTE.plusSeconds(60));
        assertThat(xMinute.dimensions()).containsEntry("brand", "acme-air").containsEntry("platform", "x");
        assertThat(latest.get("post_volume|1m|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(3);
        assertThat(latest.get("post_volume|1m|2026-11-22T10:01:00Z|" + BRAND + ",platform=x").value()).isEqualTo(1);
        assertThat(latest.get("post_volume|1h|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(4);
        assertThat(latest.get("post_volume|1d|2026-11-22T00:00:00Z|" + BRAND + ",sentiment=negative").value())
                .isEqualTo(3);
        assertThat(latest.get("post_volume|1h|2026-11-22T10:00:00Z|" + BRAND + ",topic=lost-luggage").value())
                .isEqualTo(4);
        KpiSnapshot negative = latest.get("negative_share|1h|2026-11-22T10:00:00Z|" + BRAND);
        assertThat(negative.value()).isEqualTo(0.75);
        assertThat(negative.sampleSize()).isEqualTo(4);
        assertThat(latest.get("sentiment_index|1h|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(-45.0);
    }

    @Test
    void spamAndBotsCountOnlyAsExclusionsByReason() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(5)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEGATIVE, MINUTE.plusSeconds(6),
                new Screening(ScreeningLabel.SPAM, "links to a giveaway")));
        triaged.pipeInput("c3", post("3", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(7),
                new Screening(ScreeningLabel.BOT, "posts every 2 seconds")));

        Map<String, KpiSnapshot> latest = latestByKey();

        assertThat(latest.get("post_volume|1h|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(1);
        assertThat(latest.get("negative_share|1h|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(1.0);
        assertThat(latest.get("excluded_posts|1h|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(2);
        assertThat(latest.get("excluded_posts|1h|2026-11-22T10:00:00Z|" + BRAND + ",reason=spam").value())
                .isEqualTo(1);
    }

    @Test
    void caseEventsBecomeResponseTimesResolutionAndSatisfaction() {
        cases.pipeInput("x:1", caseEvent(CaseEventType.OPENED, CaseStatus.NEW, MINUTE, null, null));
        cases.pipeInput("x:1", caseEvent(CaseEventType.REPLY_REQUESTED, CaseStatus.PENDING_CUSTOMER,
                MINUTE.plusSeconds(120), null, null));
        cases.pipeInput("x:1", caseEvent(CaseEventType.POST_ADDED, CaseStatus.OPEN, MINUTE.plusSeconds(300), null,
                null));
        cases.pipeInput("x:1", caseEvent(CaseEventType.REPLY_REQUESTED, CaseStatus.PENDING_CUSTOMER,
                MINUTE.plusSeconds(600), null, null));
        cases.pipeInput("x:1", caseEvent(CaseEventType.STATUS_CHANGED, CaseStatus.RESOLVED, MINUTE.plusSeconds(900),
                null, null));
        cases.pipeInput("x:1", caseEvent(CaseEventType.CSAT_ANSWERED, CaseStatus.RESOLVED, MINUTE.plusSeconds(1000),
                5, 10));

        Map<String, KpiSnapshot> latest = latestByKey();
        String hour = "|1h|2026-11-22T10:00:00Z|" + BRAND;

        assertThat(latest.get("cases_opened" + hour).value()).isEqualTo(1);
        assertThat(latest.get("first_response_time_p50" + hour + ",team=care").value()).isEqualTo(120);
        assertThat(latest.get("first_response_time_p90|1h|2026-11-22T10:00:00Z|agent=ana," + BRAND).value()).isEqualTo(120);
        assertThat(latest.get("next_response_time_p50" + hour).value()).isEqualTo(300);
        assertThat(latest.get("resolution_time_p50" + hour + ",topic=lost-luggage").value()).isEqualTo(900);
        assertThat(latest.get("first_contact_resolution" + hour).value()).isEqualTo(0.0);
        assertThat(latest.get("sla_compliance" + hour).value()).isEqualTo(1.0);
        assertThat(latest.get("reopen_rate" + hour).value()).isEqualTo(0.0);
        assertThat(latest.get("csat" + hour).value()).isEqualTo(1.0);
        assertThat(latest.get("csat_score" + hour + ",channel=public").value()).isEqualTo(5.0);
        assertThat(latest.get("nps" + hour).value()).isEqualTo(100.0);
    }

    @Test
    void theBacklogFollowsCasesAsTheyOpenMoveBetweenTeamsResolveAndReopen() {
        cases.pipeInput("x:1", caseEvent("case-1", CaseEventType.OPENED, CaseStatus.NEW, 0, "care"));
        cases.pipeInput("x:2", caseEvent("case-2", CaseEventType.OPENED, CaseStatus.NEW, 10, "care"));
        cases.pipeInput("x:3", caseEvent("case-3", CaseEventType.OPENED, CaseStatus.NEW, 20, "baggage"));
        cases.pipeInput("x:1", caseEvent("case-1", CaseEventType.STATUS_CHANGED, CaseStatus.RESOLVED, 30, "care"));
        cases.pipeInput("x:2", caseEvent("case-2", CaseEventType.ASSIGNED, CaseStatus.OPEN, 40, "baggage"));
        String hour = "|1h|2026-11-22T10:00:00Z|" + BRAND;

        Map<String, KpiSnapshot> latest = latestByKey();

        assertThat(latest.get("backlog" + hour).value()).isEqualTo(2);
        assertThat(latest.get("backlog" + hour + ",team=care").value()).isEqualTo(0);
        assertThat(latest.get("backlog" + hour + ",team=baggage").value()).isEqualTo(2);

        cases.pipeInput("x:1", caseEvent("case-1", CaseEventType.POST_ADDED, CaseStatus.OPEN, 4000, "care"));
        cases.pipeInput("x:3", caseEvent("case-3", CaseEventType.STATUS_CHANGED, CaseStatus.CLOSED, 4010, "baggage"));
        String nextHour = "|1h|2026-11-22T11:00:00Z|" + BRAND;

        latest = latestByKey();

        assertThat(latest.get("backlog" + nextHour).value()).as("reopened one, closed another").isEqualTo(2);
        assertThat(latest.get("backlog" + nextHour + ",team=care").value()).isEqualTo(1);
        assertThat(latest.get("backlog" + nextHour + ",team=baggage").value()).isEqualTo(1);
        assertThat(latest.get("backlog|1d|2026-11-22T00:00:00Z|" + BRAND).value()).isEqualTo(2);
    }

    @Test
    void firstAttemptsOfBrandChecksMakeThePassRateByAgent() {
        checks.pipeInput("case-1", check(Verdict.BLOCK, true));
        checks.pipeInput("case-1", check(Verdict.PASS, false));
        checks.pipeInput("case-2", check(Verdict.WARN, true));

        // Dimensions are sorted by name: agent before brand.
        KpiSnapshot byAgent = latestByKey().get("brand_check_pass_rate|1h|2026-11-22T10:00:00Z|agent=ana," + BRAND);

        assertThat(byAgent.value()).isEqualTo(0.5);
        assertThat(byAgent.sampleSize()).isEqualTo(2);
    }

    @Test
    void aPlantedSpikeRaisesExactlyOneAlertAndSpamDoesNotMakeOne() {
        int id = 0;
        for (int hour = 0; hour < 5; hour++) {
            for (int i = 0; i < 2; i++) {
                triaged.pipeInput("c" + id, post(String.valueOf(id++), Platform.X, SentimentLabel.NEUTRAL,
                        MINUTE.plusSeconds(3600L * hour + i)));
            }
        }
        for (int i = 0; i < 50; i++) {
            triaged.pipeInput("s" + i, post("s" + i, Platform.X, SentimentLabel.NEGATIVE,
                    MINUTE.plusSeconds(3600L * 5 + i), new Screening(ScreeningLabel.SPAM, "giveaway")));
        }
        for (int i = 0; i < 40; i++) {
            triaged.pipeInput("c" + id, post(String.valueOf(id++), Platform.X, SentimentLabel.NEUTRAL,
                    MINUTE.plusSeconds(3600L * 5 + 100 + i)));
        }

        List<TestRecord<String, Alert>> raised = alerts.readRecordsToList();

        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).value().type()).isEqualTo("volume_spike");
        assertThat(raised.get(0).value().dimensions()).containsEntry("topic", "lost-luggage");
        assertThat(raised.get(0).key()).isEqualTo(raised.get(0).value().alertId());
        assertThat(new String(raised.get(0).headers().lastHeader(CloudEventHeaders.TYPE).value(),
                StandardCharsets.UTF_8)).isEqualTo("dev.parley.alert.v1");
    }

    @Test
    void aLateEventWithinTheGracePeriodStillCountsInItsOwnWindow() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(10)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(30 * 60)));
        triaged.pipeInput("c3", post("3", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(20)));

        assertThat(latestByKey().get("post_volume|1m|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(2);
    }

    @Test
    void anEventLaterThanTheGracePeriodIsDropped() {
        triaged.pipeInput("c1", post("1", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(10)));
        triaged.pipeInput("c2", post("2", Platform.X, SentimentLabel.NEUTRAL,
                MINUTE.plus(KpiTopology.GRACE).plusSeconds(120)));
        triaged.pipeInput("c3", post("3", Platform.X, SentimentLabel.NEUTRAL, MINUTE.plusSeconds(20)));

        assertThat(latestByKey().get("post_volume|1m|2026-11-22T10:00:00Z|" + BRAND).value()).isEqualTo(1);
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

    @Test
    void aPostIsOneRecordPerBreakdownCarryingOnlyItsObservationsAndNoHeaders() {
        TestRecord<String, TriagedPost> in = new TestRecord<>("c1", post("1", Platform.X, SentimentLabel.NEGATIVE,
                MINUTE));
        in.headers().add(CloudEventHeaders.TYPE, "dev.parley.triaged-post.v1".getBytes(StandardCharsets.UTF_8));
        triaged.pipeInput(in);

        List<TestRecord<String, byte[]>> breakdowns = harness.repartition("kpi-observations").readRecordsToList();
        List<TestRecord<String, byte[]>> spikes = harness.repartition("spike-topic-hours").readRecordsToList();

        assertThat(breakdowns).extracting(TestRecord::key).containsExactly(BRAND, BRAND + ",platform=x",
                BRAND + ",channel=public", BRAND + ",topic=lost-luggage", BRAND + ",sentiment=negative");
        var observations = KpiSerdes.observations().deserializer();
        assertThat(observations.deserialize("t", breakdowns.get(0).value())).extracting(Observation::kpi)
                .containsExactly(Kpi.POST_VOLUME, Kpi.NEGATIVE_SHARE, Kpi.SENTIMENT_INDEX);
        assertThat(observations.deserialize("t", breakdowns.get(4).value())).extracting(Observation::kpi)
                .containsExactly(Kpi.POST_VOLUME);
        assertThat(breakdowns).allSatisfy(r -> assertThat(r.headers().toArray()).isEmpty());
        assertThat(spikes).singleElement().satisfies(r -> {
            assertThat(r.headers().toArray()).isEmpty();
            assertThat(KpiTopology.serde(TopicPosts.class, TopologyHarness.JSON).deserializer().deserialize("t",
                    r.value())).isEqualTo(new TopicPosts("acme-air", "lost-luggage", MINUTE, 1, 1));
        });
    }

    private static BrandCheck check(Verdict verdict, boolean firstAttempt) {
        return new BrandCheck(UUID.randomUUID().toString(), "acme-air", "acme-air@1", verdict, 90, List.of(),
                MINUTE.plusSeconds(30), "case-1", "r1", "ana", "care", firstAttempt);
    }

    private static Map<String, Double> values(Map<String, KpiSnapshot> snapshots) {
        return snapshots.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
    }
}
