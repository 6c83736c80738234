package dev.parley.support.kafka;

import dev.parley.events.Topic;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates every catalog topic (with its dead-letter topic) when a service starts, so no topic is ever
 * created implicitly with the broker's defaults. Existing topics are left as they are.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class TopicsAndReadinessAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics parleyTopics(@Value("${parley.kafka.replication-factor:1}") short replicationFactor) {
        List<NewTopic> topics = Topic.allSpecs().stream()
                .map(spec -> new NewTopic(spec.name(), spec.partitions(), replicationFactor)
                        .configs(spec.retention().topicConfigs()))
                .toList();
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaReadinessIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaReadinessIndicator(kafkaAdmin);
    }
}
