package dev.parley.response.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CasePost;
import dev.parley.response.replies.Reply;
import dev.parley.response.replies.ReplyState;
import dev.parley.response.sla.Deadline;
import dev.parley.response.sla.SlaTimers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandoverSummaryTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private static CasePost post(String text) {
        return new CasePost("x:1", "1", "jo", text, SentimentLabel.NEGATIVE, -0.7, 60, List.of(), T, null, List.of(),
                "en", "m", Map.of(), List.of());
    }

    @Test
    void saysWhatWasAskedAnsweredPromisedAndWhatIsPending() {
        Case handed = new Case("c1", "x:1", "acme-air", Platform.X, "public", CaseStatus.OPEN, 60, SentimentLabel.NEGATIVE,
                "ana", T, T, null, new SlaTimers("standard", null, null, new Deadline(T, T.plusSeconds(3600)), T, Set.of()),
                "baggage", Set.of(), null, Set.of());
        Reply ours = new Reply("r1", "c1", "ana", "Sorry about that. We will refund the bag fee by Friday.",
                ReplyState.SENT, "chk", "acme-air@1", null, T, T, "99");

        String summary = HandoverSummary.of(handed, List.of(post("My bag is lost"), post("Any news?")), List.of(ours));

        assertThat(summary).isEqualTo("Customer asked: \"My bag is lost\". Latest from the customer: \"Any news?\". "
                + "Our last reply: \"Sorry about that. We will refund the bag fee by Friday.\". "
                + "Promised: We will refund the bag fee by Friday. Pending: case open; resolution due 2026-11-22T11:00:00Z.");
    }
}
