package dev.parley.testing;

import org.testcontainers.kafka.KafkaContainer;

/**
 * The same broker as {@link SharedKafka}, in a Docker container (Apache Kafka's own image, KRaft mode),
 * for machines that have Docker. Tests that use it carry
 * {@code @Testcontainers(disabledWithoutDocker = true)} so they are skipped where Docker is missing.
 */
public final class ContainerKafka {
    /** The image of the Kafka version that the clients, the in-JVM broker and the local run use. */
    public static final String IMAGE = "apache/kafka:4.1.2";

    private static KafkaContainer container;

    private ContainerKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (container == null) {
            container = new KafkaContainer(IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            container.start();
        }
        return container.getBootstrapServers();
    }
}
