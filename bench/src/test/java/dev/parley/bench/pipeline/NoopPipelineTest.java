package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SharedKafka;
import dev.parley.testing.TopicReader;
import dev.parley.testing.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class NoopPipelineTest {

    @Test
    void relaysEveryRecordAcrossItsThreeHopsWithTheSizeOfWhatEachHopWrites() throws Exception {
        String bootstrap = SharedKafka.bootstrapServers();
        List<byte[]> written = List.of(bytes("{\"post\":1}"), bytes("{\"triaged\":22}"), bytes("{\"case\":333}"));
        Map<String, String> sent = new LinkedHashMap<>();
        for (int post = 0; post < 600; post++) {
            sent.put("post-" + post, "{\"raw\":" + post + "}");
        }

        try (NoopPipeline noop = new NoopPipeline(bootstrap, "noop-test-" + System.nanoTime(), written)) {
            // Written at once after the topics are made, as the benchmark does: every record must come through.
            TopicWriter.sendAll(bootstrap, noop.rawTopic(), sent);
            List<ConsumerRecord<String, String>> cases = TopicReader.read(bootstrap, noop.casesTopic(), r -> true,
                    sent.size(), Duration.ofSeconds(60));

            assertThat(cases).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(sent.keySet());
            assertThat(cases).extracting(ConsumerRecord::value).containsOnly("{\"case\":333}");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
