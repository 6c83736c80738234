package dev.parley.analytics.stream;

import dev.parley.events.KpiSnapshot;
import dev.parley.events.TriagedPost;
import dev.parley.support.messaging.CloudEventMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import org.apache.kafka.streams.StreamsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@link KpiTopology} in the Kafka Streams instance that Spring manages. */
@Configuration
@EnableKafkaStreams
public class KpiStream {

    @Bean
    Object kpiTopology(StreamsBuilder builder, JsonMapper json, CloudEventMessages messages) {
        KpiTopology.build(builder, new JacksonJsonSerde<>(TriagedPost.class, json).ignoreTypeHeaders().noTypeInfo(),
                new JacksonJsonSerde<>(KpiSnapshot.class, json).noTypeInfo(), messages.source());
        return KpiTopology.POST_VOLUME_STORE;
    }
}
