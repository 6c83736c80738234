package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SharedKafka;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class BrokerWritesTest {
    private static final List<String> APPLICATIONS = List.of("ingestion-service", "analytics-service");

    @Test
    void countsRecordsAndTransactionMarkersByGroupOfTopics() throws Exception {
        String bootstrap = SharedKafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("analytics-service-counts-changelog", 2, (short) 1),
                    new NewTopic("parley.bench-writes", 1, (short) 1))).all().get();
        }
        try (BrokerWrites writes = new BrokerWrites(bootstrap);
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.TRANSACTIONAL_ID_CONFIG, "broker-writes-test",
                     ProducerConfig.LINGER_MS_CONFIG, 0),
                     new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("analytics-service-counts-changelog", i % 2, "k" + i, "v"));
            }
            producer.send(new ProducerRecord<>("parley.bench-writes", "k", "v"));
            producer.commitTransaction();

            // Ten records and a commit marker in each of the two partitions; one record and its marker. The
            // coordinator writes the markers after the commit returns.
            Map<String, BrokerWrites.Written> written = writes.sinceStart(APPLICATIONS);
            for (int tries = 0; tries < 50 && (written.get("parley.bench-writes").entries() < 2
                    || written.get("analytics-service changelogs").entries() < 12); tries++) {
                Thread.sleep(100);
                written = writes.sinceStart(APPLICATIONS);
            }
            assertThat(written.get("analytics-service changelogs").entries()).isEqualTo(12);
            assertThat(written.get("parley.bench-writes").entries()).isEqualTo(2);
            assertThat(written.get("analytics-service changelogs").bytes()).isPositive();
            assertThat(written.get("analytics-service changelogs").bytesExact()).isTrue();
            assertThat(written.keySet()).first().isEqualTo("analytics-service changelogs");
        }
    }

    @Test
    void bytesAreOnlyALowerBoundWhereRecordsWereDeletedWhileWatched() throws Exception {
        String bootstrap = SharedKafka.bootstrapServers();
        String topic = "parley.bench-deleted";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            SharedKafka.awaitServed(admin, List.of(topic));
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "v")).get();
            }
            try (BrokerWrites writes = new BrokerWrites(bootstrap)) {
                for (int i = 10; i < 20; i++) {
                    producer.send(new ProducerRecord<>(topic, "k" + i, "v")).get();
                }
                // As Kafka Streams purges a repartition topic once its reader has committed.
                admin.deleteRecords(Map.of(new TopicPartition(topic, 0), RecordsToDelete.beforeOffset(15))).all().get();

                BrokerWrites.Written written = writes.sinceStart(APPLICATIONS).get(topic);
                assertThat(written.entries()).isEqualTo(10);
                assertThat(written.bytesExact()).isFalse();
                assertThat(written.bytes()).isZero();
            }
        }
    }

    @Test
    void groupsStreamsTopicsByApplicationAndKind() {
        assertThat(BrokerWrites.group("analytics-service-breakdown-kpis-1m-changelog", APPLICATIONS))
                .isEqualTo("analytics-service changelogs");
        assertThat(BrokerWrites.group("ingestion-service-threading-repartition", APPLICATIONS))
                .isEqualTo("ingestion-service repartitions");
        assertThat(BrokerWrites.group("parley.posts.triaged", APPLICATIONS)).isEqualTo("parley.posts.triaged");
        assertThat(BrokerWrites.group("__transaction_state", APPLICATIONS)).isEqualTo("__transaction_state");
        assertThat(BrokerWrites.group("bench.bench123.raw", APPLICATIONS)).isEqualTo("other");
    }
}
