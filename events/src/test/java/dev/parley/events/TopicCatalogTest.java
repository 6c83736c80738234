package dev.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {

    @Test
    void everyConsumedTopicHasADeadLetterTopicWithTheSamePartitions() {
        List<Topic.TopicSpec> specs = Topic.allSpecs();

        for (Topic topic : Topic.values()) {
            topic.deadLetterTopicName().ifPresent(dlq -> assertThat(specs)
                    .contains(new Topic.TopicSpec(dlq, topic.partitions(), Topic.DEAD_LETTER_RETENTION)));
        }
        assertThat(specs).extracting(Topic.TopicSpec::name).doesNotHaveDuplicates()
                .contains("parley.posts.dlq", "parley.posts.triaged.dlq", "parley.replies.outbound.dlq");
    }

    @Test
    void retentionBecomesKafkaTopicConfigs() {
        assertThat(Topic.ANALYTICS_KPIS.retention().topicConfigs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topic.POSTS.retention().topicConfigs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", String.valueOf(7L * 24 * 3600 * 1000));
    }

    @Test
    void theEventsDocumentListsEveryTopicAndSchema() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "events.md"));

        for (Topic topic : Topic.values()) {
            String row = doc.lines().filter(line -> line.startsWith("| `" + topic.topicName() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + topic.topicName() + " in docs/events.md"));
            assertThat(row).as(topic.topicName()).contains(topic.producers()).contains(topic.consumers());
        }
        for (EventType type : EventType.values()) {
            assertThat(doc).contains(type.schemaFileName()).contains(type.cloudEventType());
        }
    }
}
