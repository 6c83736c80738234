package dev.parley.analytics.stream;

import dev.parley.analytics.config.AnalyticsProperties;
import dev.parley.support.messaging.CloudEventMessages;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@link KpiTopology} in the Kafka Streams instance that Spring manages. */
@Configuration
@EnableKafkaStreams
public class KpiStream {

    @Bean
    Object kpiTopology(StreamsBuilder builder, JsonMapper json, CloudEventMessages messages,
            AnalyticsProperties properties) {
        KpiTopology.build(builder, json, messages.source(), properties.spikes().settings());
        return KpiTopology.CASE_HISTORIES;
    }
}
