package dev.parley.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.report.Report;
import dev.parley.analytics.report.SvgChart;
import dev.parley.analytics.stream.TopologyHarness;
import dev.parley.analytics.trends.Trend;
import dev.parley.events.Author;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final Instant TODAY = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void aReportComparesTheWeekWithTheOneBeforeAndBreaksItDown() {
        try (TopologyHarness harness = new TopologyHarness()) {
            var triaged = harness.input(Topic.POSTS_TRIAGED.topicName(), TriagedPost.class);
            int id = 0;
            for (int day = 14; day >= 1; day--) {
                for (int i = 0; i < (day > 7 ? 5 : 15); i++) {
                    Instant at = TODAY.minus(Duration.ofDays(day)).plusSeconds(60L * i);
                    Platform platform = i % 5 == 0 ? Platform.FACEBOOK : Platform.X;
                    SentimentLabel label = i % 2 == 0 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
                    triaged.pipeInput("p" + id, post("p" + id++, platform, label, at));
                }
            }
            var cases = harness.input(Topic.CASES.topicName(), CaseEvent.class);
            for (int c = 0; c < 4; c++) {
                Instant opened = TODAY.minus(Duration.ofDays(c < 2 ? 2 : 1));
                cases.pipeInput("x:c" + c, caseEvent("c" + c, CaseEventType.OPENED, CaseStatus.NEW, opened));
                if (c == 3) {
                    cases.pipeInput("x:c" + c, caseEvent("c" + c, CaseEventType.SLA_BREACHED, CaseStatus.OPEN,
                            opened.plusSeconds(3600)));
                }
                cases.pipeInput("x:c" + c, caseEvent("c" + c, CaseEventType.STATUS_CHANGED, CaseStatus.RESOLVED,
                        opened.plusSeconds(7200)));
            }
            TrendFinder trends = new TrendFinder(harness.stores());
            ReportBuilder builder = new ReportBuilder(harness.stores(), trends,
                    new RecommendationFinder(trends, new Recommender(Map.of())));

            Report report = builder.build("acme-air", TODAY.minus(Duration.ofDays(7)), TODAY, 30);

            Trend volume = report.headline().get(0);
            assertThat(volume.kpi()).isEqualTo("post_volume");
            assertThat(volume.current()).isEqualTo(105.0);
            assertThat(volume.previous()).isEqualTo(35.0);
            assertThat(volume.significant()).isTrue();
            assertThat(report.headline()).extracting(Trend::kpi).contains("negative_share", "sentiment_index");
            assertThat(report.dailyVolume()).hasSize(14);
            assertThat(report.dailySla()).containsExactly(new Report.Point(TODAY.minus(Duration.ofDays(2)), 1.0),
                    new Report.Point(TODAY.minus(Duration.ofDays(1)), 0.5));
            assertThat(report.platforms()).extracting(Report.Share::name).containsExactly("x", "facebook");
            assertThat(report.platforms().get(0).share()).isEqualTo(0.8);
            assertThat(report.topics()).extracting(t -> t.dimensions().get("topic")).containsExactly("lost-luggage");
            assertThat(report.recommendations()).extracting(r -> r.title())
                    .containsExactly("Lost-luggage posts up 200% against the previous 7 days (p < 0.001): review "
                            + "the lost-luggage process");
        }
    }

    @Test
    void chartsAreSelfContainedSvgWithSpikesMarked() {
        Instant day = TODAY.minus(Duration.ofDays(1));
        String svg = SvgChart.line("posts <per> day", List.of(new Report.Point(day.minus(Duration.ofDays(1)), 3),
                new Report.Point(day, 9)), Set.of(day), false);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("posts &lt;per&gt; day", "<circle",
                "max 9", "21 Nov", "22 Nov");
        assertThat(SvgChart.line("empty", List.of(), Set.of(), true)).contains("no data in this period");
    }

    private static CaseEvent caseEvent(String caseId, CaseEventType type, CaseStatus status, Instant at) {
        return new CaseEvent(caseId + at, type, caseId, "x:" + caseId, "acme-air", Platform.X, status, 50, null, null,
                null, at, null, null, null, null, "public", null, null, "care", "lost-luggage");
    }

    private static TriagedPost post(String id, Platform platform, SentimentLabel label, Instant at) {
        return new TriagedPost(new SocialPost(id, "acme-air", platform, id, PostKind.PUBLIC_MENTION,
                new Author("a" + id, "h", null, 1, false), "text", "en", at, at, null, id, null),
                new Sentiment(label, label == SentimentLabel.NEGATIVE ? -0.8 : 0, 0.8), new Priority(20, List.of()),
                "m", at, null, null, List.of(new TopicMatch("lost-luggage", 0.9, "keywords", List.of())), null,
                Screening.RELEVANT, null, List.of());
    }
}
