package dev.parley.analytics.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import dev.parley.analytics.config.AnalyticsProperties;
import dev.parley.analytics.query.RecommendationFinder;
import dev.parley.analytics.query.ReportBuilder;
import dev.parley.analytics.query.TrendFinder;
import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.stream.TopologyHarness;
import dev.parley.events.Author;
import dev.parley.events.PeriodReport;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ScheduledReportsTest {

    @Test
    void yesterdaysReportOfEveryBrandIsWrittenAsHtmlAndJsonAndPublished(@TempDir Path folder) throws Exception {
        try (TopologyHarness harness = new TopologyHarness()) {
            var triaged = harness.input(Topic.POSTS_TRIAGED.topicName(), TriagedPost.class);
            Instant yesterday = Instant.parse("2026-11-22T09:00:00Z");
            for (int i = 0; i < 12; i++) {
                Instant at = yesterday.plusSeconds(60L * i);
                String id = "x:" + i;
                triaged.pipeInput(id, new TriagedPost(new SocialPost(id, "acme-air", Platform.X, String.valueOf(i),
                        PostKind.PUBLIC_MENTION, new Author("a" + i, "h" + i, null, 1, false), "bag?", "en", at, at,
                        null, id, null), new Sentiment(SentimentLabel.NEGATIVE, -0.7, 0.9),
                        new Priority(20, List.of()), "m", at, null, null,
                        List.of(new TopicMatch("lost-luggage", 0.9, "keywords", List.of())), null, Screening.RELEVANT,
                        null, List.of()));
            }
            TrendFinder trends = new TrendFinder(harness.stores());
            ReportBuilder builder = new ReportBuilder(harness.stores(), trends,
                    new RecommendationFinder(trends, new Recommender(Map.of())));
            List<PeriodReport> published = new ArrayList<>();
            ScheduledReports scheduled = new ScheduledReports(builder, new AnalyticsProperties.Reports(folder, true,
                    List.of("acme-air"), "day", "0 0 6 * * *", 30), Mustache.compiler(),
                    JsonMapper.builder().build(), published::add,
                    Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC));

            List<Path> written = scheduled.makeAll();

            assertThat(written).containsExactly(folder.resolve("acme-air-2026-11-22-day.html"),
                    folder.resolve("acme-air-2026-11-22-day.json"));
            assertThat(Files.readString(written.get(0))).contains("acme-air: customer service report",
                    "22 Nov 2026 – 22 Nov 2026", "<svg");
            assertThat(Files.readString(written.get(1))).contains("\"brand\":\"acme-air\"", "\"current\":12.0");
            assertThat(Files.list(folder)).hasSize(2);
            assertThat(published).singleElement().satisfies(report -> {
                assertThat(report.reportId()).isEqualTo("acme-air-2026-11-22-day");
                assertThat(report.from()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
                assertThat(report.to()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
                assertThat(report.kpis()).containsEntry("post_volume", 12.0).containsEntry("negative_share", 1.0);
                assertThat(report.previousKpis()).doesNotContainKey("post_volume");
                assertThat(report.html()).isEqualTo(Files.readString(written.get(0)));
            });
        }
    }
}
