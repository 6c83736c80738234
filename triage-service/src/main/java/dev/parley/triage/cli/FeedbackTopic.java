package dev.parley.triage.cli;

import dev.parley.events.Topic;
import dev.parley.events.TriageCorrection;
import dev.parley.support.kafka.TopicReplay;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads every correction on {@code parley.triage.feedback} once, from the beginning to the end it has now. */
final class FeedbackTopic {
    static final String NAME = Topic.TRIAGE_FEEDBACK.topicName();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedbackTopic() {
    }

    /** The corrections read, and how many records were not corrections. */
    record Read(List<TriageCorrection> corrections, long unreadable) {
    }

    static Read readAll(String bootstrapServers) {
        List<TriageCorrection> corrections = new ArrayList<>();
        long[] unreadable = {0};
        TopicReplay.readToEnd(bootstrapServers, NAME, (key, value) -> {
            if (value == null) {
                return; // a deleted correction
            }
            try {
                corrections.add(JSON.readValue(value, TriageCorrection.class));
            } catch (JacksonException e) {
                unreadable[0]++;
            }
        });
        return new Read(corrections, unreadable[0]);
    }
}
