package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

    @Test
    void readsTheFirstFieldOfEachNameAtAnyDepth() {
        byte[] triaged = """
                {"post":{"postId":"x:1","author":{"id":"9"},"text":"hi"},"sentiment":{"label":"neutral"},
                 "postId":"not this one"}""".getBytes(StandardCharsets.UTF_8);

        assertThat(EventFields.first(triaged, List.of("postId", "label")))
                .isEqualTo(Map.of("postId", "x:1", "label", "neutral"));
    }

    @Test
    void leavesOutFieldsThatAreMissingOrNotText() {
        byte[] caseEvent = "{\"type\":\"opened\",\"caseId\":null,\"priority\":40}".getBytes(StandardCharsets.UTF_8);

        assertThat(EventFields.first(caseEvent, List.of("type", "caseId", "priority", "postId")))
                .isEqualTo(Map.of("type", "opened"));
    }
}
