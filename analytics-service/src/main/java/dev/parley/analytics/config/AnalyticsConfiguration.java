package dev.parley.analytics.config;

import com.samskivert.mustache.Mustache;
import dev.parley.analytics.query.ImprovementTracker;
import dev.parley.analytics.query.KpiStores;
import dev.parley.analytics.query.PeriodPosts;
import dev.parley.analytics.query.PeriodCases;
import dev.parley.analytics.query.ReviewSamples;
import dev.parley.analytics.query.RecommendationFinder;
import dev.parley.analytics.query.ReportBuilder;
import dev.parley.analytics.query.StaffingFinder;
import dev.parley.analytics.query.TrendFinder;
import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.schedule.ScheduledReports;
import dev.parley.analytics.stream.KpiTopology;
import dev.parley.events.Topic;
import dev.parley.support.messaging.EventPublisher;
import java.time.Clock;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** The queries over the running topology's state. */
@Configuration
@EnableScheduling
class AnalyticsConfiguration {

    /** The KPI windows as the running topology holds them (503 while it starts or rebalances). */
    @Bean
    KpiStores kpiStores(StreamsBuilderFactoryBean streams) {
        return new KpiStores(window -> running(streams).store(StoreQueryParameters.fromNameAndType(
                window.storeName(), QueryableStoreTypes.windowStore())),
                () -> running(streams).store(StoreQueryParameters.fromNameAndType(KpiTopology.ALERTS,
                        QueryableStoreTypes.keyValueStore())),
                () -> running(streams).store(StoreQueryParameters.fromNameAndType(KpiTopology.IMPROVEMENTS,
                        QueryableStoreTypes.keyValueStore())));
    }

    private static KafkaStreams running(StreamsBuilderFactoryBean streams) {
        KafkaStreams running = streams.getKafkaStreams();
        if (running == null || running.state() != KafkaStreams.State.RUNNING) {
            throw new KpiStores.StillStartingException();
        }
        return running;
    }

    @Bean
    TrendFinder trendFinder(KpiStores stores) {
        return new TrendFinder(stores);
    }

    @Bean
    ReportBuilder reportBuilder(KpiStores stores, TrendFinder trends, RecommendationFinder recommendations) {
        return new ReportBuilder(stores, trends, recommendations);
    }

    @Bean
    ImprovementTracker improvementTracker(KpiStores stores, TrendFinder trends) {
        return new ImprovementTracker(stores, trends, Clock.systemUTC());
    }

    @Bean
    PeriodPosts periodPosts(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, JsonMapper json) {
        return new PeriodPosts(bootstrapServers, json);
    }

    @Bean
    ReviewSamples reviewSamples(PeriodPosts posts,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, JsonMapper json) {
        return new ReviewSamples(posts, new PeriodCases(bootstrapServers, json));
    }

    /** Scheduled reports, when {@code parley.analytics.reports.folder} is set or {@code .publish} is true. */
    @Bean
    @ConditionalOnExpression("'${parley.analytics.reports.folder:}' != '' or ${parley.analytics.reports.publish:false}")
    ScheduledReports scheduledReports(ReportBuilder reports, AnalyticsProperties properties,
            Mustache.Compiler mustache, JsonMapper json, EventPublisher publisher) {
        return new ScheduledReports(reports, properties.reports(), mustache, json,
                report -> publisher.publish(Topic.ANALYTICS_REPORTS, report.reportId(), report), Clock.systemUTC());
    }

    @Bean
    StaffingFinder staffingFinder(KpiStores stores, AnalyticsProperties properties) {
        return new StaffingFinder(stores, properties.staffing().settings());
    }

    @Bean
    RecommendationFinder recommendationFinder(TrendFinder trends, AnalyticsProperties properties) {
        return new RecommendationFinder(trends, new Recommender(properties.serviceProcesses()));
    }
}
