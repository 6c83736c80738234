package dev.parley.support.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class MessagingAutoConfiguration {

    @Bean
    CloudEventMessages cloudEventMessages(@Value("${spring.application.name}") String applicationName) {
        return new CloudEventMessages(applicationName);
    }

    @Bean
    EventPublisher eventPublisher(StreamBridge bridge, CloudEventMessages messages) {
        return new EventPublisher(bridge, messages);
    }
}
