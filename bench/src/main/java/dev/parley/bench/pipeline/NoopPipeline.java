package dev.parley.bench.pipeline;

import dev.parley.events.Topic;
import dev.parley.testing.SharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The baseline: Parley's three hops (raw → posts → triaged → cases) with no work, on the same broker, with
 * the same partition counts and record sizes. Each hop is one thread that consumes a record and produces, with
 * the same key, a record the size of what the real service writes there (a real record from that topic).
 * Whatever this reaches is the machine's limit for the shape of the pipeline.
 */
final class NoopPipeline implements AutoCloseable {
    private final List<Thread> relays = new ArrayList<>();
    private final String raw;
    private final String triaged;
    private final String cases;
    private final List<String> relayGroups = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * Creates the topics {@code <prefix>.raw|posts|triaged|cases} and starts the relays.
     *
     * @param sampleValues a real record value of {@code parley.posts}, {@code parley.posts.triaged} and {@code
     *                     parley.cases}, in that order: what each hop writes
     */
    NoopPipeline(String bootstrap, String prefix, List<byte[]> sampleValues) throws ExecutionException,
            InterruptedException {
        List<String> topics = List.of(prefix + ".raw", prefix + ".posts", prefix + ".triaged", prefix + ".cases");
        List<Topic> mirrored = List.of(Topic.POSTS_RAW, Topic.POSTS, Topic.POSTS_TRIAGED, Topic.CASES);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> create = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                create.add(new NewTopic(topics.get(i), mirrored.get(i).partitions(), (short) 1));
            }
            admin.createTopics(create).all().get();
            SharedKafka.awaitServed(admin, topics);
        }
        this.raw = topics.get(0);
        this.triaged = topics.get(2);
        this.cases = topics.get(3);
        for (int hop = 0; hop < 3; hop++) {
            String from = topics.get(hop);
            String to = topics.get(hop + 1);
            byte[] value = sampleValues.get(hop);
            relayGroups.add("noop-" + from);
            Thread relay = new Thread(() -> relay(bootstrap, from, to, value), "noop-" + from + "-" + to);
            relay.start();
            relays.add(relay);
        }
    }

    /** A record value from the end of {@code topic}, as written by the service that produces it. */
    static byte[] lastValue(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - 20)));
            byte[] last = null;
            for (int polls = 0; polls < 20 && last == null; polls++) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    last = record.value();
                }
            }
            if (last == null) {
                throw new IllegalStateException("no record on " + topic + " to size the baseline's records by");
            }
            return last;
        }
    }

    /** The relays' consumer groups, in path order. */
    List<String> groups() {
        return relayGroups;
    }

    String rawTopic() {
        return raw;
    }

    String triagedTopic() {
        return triaged;
    }

    String casesTopic() {
        return cases;
    }

    private void relay(String bootstrap, String from, String to, byte[] value) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "noop-" + from,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 2), new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(from));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    producer.send(new ProducerRecord<>(to, record.key(), value));
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread relay : relays) {
            relay.join(10_000);
        }
    }
}
