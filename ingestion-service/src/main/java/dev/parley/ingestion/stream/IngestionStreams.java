package dev.parley.ingestion.stream;

import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.config.DeduplicationProperties;
import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.privacy.Pseudonymisation;
import dev.parley.ingestion.threading.ThreadLink;
import dev.parley.ingestion.threading.Threading;
import dev.parley.support.messaging.CloudEventMessages;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@link FirstDeliveryTopology} in the Kafka Streams instance that Spring manages. */
@Configuration
@EnableKafkaStreams
public class IngestionStreams {

    @Bean
    Object firstDeliveryTopology(StreamsBuilder builder, JsonMapper json, Normaliser normaliser, Listening listening,
                                 Pseudonymisation pseudonymisation, Threading threading,
                                 DeduplicationProperties deduplication, CloudEventMessages messages) {
        FirstDeliveryTopology.build(builder, new JacksonJsonSerde<>(RawPost.class, json).ignoreTypeHeaders().noTypeInfo(),
                new JacksonJsonSerde<>(SocialPost.class, json).ignoreTypeHeaders().noTypeInfo(),
                new JacksonJsonSerde<>(ThreadLink.class, json).ignoreTypeHeaders().noTypeInfo(), normaliser, listening,
                pseudonymisation, threading, deduplication.rememberFor(), messages.source());
        return FirstDeliveryTopology.SEEN_STORE;
    }
}
