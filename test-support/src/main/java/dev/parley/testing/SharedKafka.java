package dev.parley.testing;

import dev.parley.events.Topic;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Kafka broker (KRaft, combined broker and controller) in this JVM, started on first use and
 * shared by every test in the JVM; stopped when the JVM exits. Topics are never created implicitly,
 * as in production: services create theirs from the catalog.
 */
public final class SharedKafka {
    private static KafkaClusterTestKit cluster;

    private SharedKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedKafka::stop, "shared-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    /**
     * The broker with every catalog topic (dead-letter topics included) created, as the services create
     * them at start: for tests that use Kafka without starting a service.
     */
    public static synchronized String bootstrapServersWithCatalogTopics() {
        String servers = bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topic.allSpecs().stream().filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1)
                            .configs(spec.retention().topicConfigs()))
                    .toList();
            admin.createTopics(missing).all().get();
            awaitServed(admin, missing.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the catalog topics", e.getCause());
        }
        return servers;
    }

    /**
     * Returns once the broker serves every partition of {@code topics} (each answers a look-up of its end offset).
     * A topic's creation returns before its partitions are live on the broker, and an idempotent producer that
     * writes to one in that moment can have a later request appended before an earlier one, which it then retries
     * as out of order until it gives up on those records (KAFKA-15591, not fixed in Kafka 4.1): a freshly created topic
     * is waited for before anything is written to it.
     */
    public static void awaitServed(Admin admin, Collection<String> topics) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        admin.listOffsets(ends).all().get();
    }

    private static KafkaClusterTestKit start() {
        // A broker that hits a fatal error (say, while the JVM shuts down) halts its process; in a test
        // JVM that would end the test run with a bare non-zero exit. Report it instead, as Kafka's own
        // test harness does.
        Exit.setExitProcedure((code, message) -> System.err.println("in-JVM Kafka asked to exit(" + code + "): " + message));
        Exit.setHaltProcedure((code, message) -> System.err.println("in-JVM Kafka asked to halt(" + code + "): " + message));
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build());
            singleNodeSettings().forEach(builder::setConfigProp);
            KafkaClusterTestKit kit = builder.build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    /** A single node cannot replicate: internal topics must ask for one replica or consumers hang. */
    static Map<String, String> singleNodeSettings() {
        return Map.of(
                "auto.create.topics.enable", "false",
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "6",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0");
    }

    private static synchronized void stop() {
        try {
            cluster.close();
        } catch (Exception e) {
            System.err.println("stopping the in-JVM Kafka broker failed: " + e);
        }
    }
}
