package dev.parley.response.savedreplies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.IntentLabel;
import dev.parley.events.SentimentLabel;
import dev.parley.response.cases.CasePost;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static CasePost post(IntentLabel intent, List<String> topics) {
        return new CasePost("x:1", "1", "jo", "hmm", SentimentLabel.NEUTRAL, 0, 20, List.of(), Instant.now(), intent,
                topics, "en", "m", Map.of(), List.of());
    }

    @Test
    void aRequestIsAmbiguousWhenNothingSaysWhatItIsAbout() {
        assertThat(Suggestions.ambiguous(post(null, List.of()))).isTrue();
        assertThat(Suggestions.ambiguous(post(IntentLabel.OTHER, List.of("refunds")))).isTrue();
        assertThat(Suggestions.ambiguous(post(IntentLabel.QUESTION, List.of()))).isTrue();
        assertThat(Suggestions.ambiguous(post(IntentLabel.QUESTION, List.of("refunds")))).isFalse();
        assertThat(Suggestions.ambiguous(post(IntentLabel.COMPLAINT, List.of()))).isFalse();
    }
}
