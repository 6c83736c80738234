package dev.parley.ingestion.web;

import dev.parley.testing.SharedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the in-JVM KRaft broker. */
class IngestionTest extends IngestionContract {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
    }

    @Override
    String bootstrapServers() {
        return SharedKafka.bootstrapServers();
    }
}
