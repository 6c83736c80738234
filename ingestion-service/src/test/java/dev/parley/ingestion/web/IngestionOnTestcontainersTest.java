package dev.parley.ingestion.web;

import dev.parley.testing.ContainerKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests on a Kafka container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class IngestionOnTestcontainersTest extends IngestionContract {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", ContainerKafka::bootstrapServers);
    }

    @Override
    String bootstrapServers() {
        return ContainerKafka.bootstrapServers();
    }
}
