package dev.parley.support.messaging;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
public class MessagingAutoConfiguration {

    @Bean
    CloudEventMessages cloudEventMessages(@Value("${spring.application.name}") String applicationName) {
        return new CloudEventMessages(applicationName);
    }

    /** Connection and security settings from {@code spring.kafka.*}; every write waits for all in-sync replicas. */
    @Bean
    EventPublisher eventPublisher(KafkaProperties kafka, CloudEventMessages messages, JsonMapper json) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new EventPublisher(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new StringSerializer()), messages, json);
    }
}
