package dev.parley.ingestion.outbound;

import static dev.parley.ingestion.outbound.ReplyConventionsTest.NOW;
import static dev.parley.ingestion.outbound.ReplyConventionsTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Platform;
import dev.parley.events.ReplyOutcome;
import dev.parley.events.ReplyRequested;
import dev.parley.events.ReplyStatus;
import dev.parley.ingestion.platform.PlatformCallException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplySenderTest {
    private final List<String> calls = new ArrayList<>();
    private final PlatformReplies x = (reply, text) -> {
        calls.add("publish " + text);
        if (text.contains("fail")) {
            throw new PlatformCallException("X answered 403: duplicate content", 403, false, null, null);
        }
        return "1862070000000000001";
    };
    private final ReplySender sender = new ReplySender(Map.of(Platform.X, x), new ReplyConventions(),
            Duration.ofHours(24), Clock.fixed(NOW.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));

    @Test
    void recordsTheAttemptBeforeCallingThePlatformAndReportsThePostedId() {
        ReplyStatus status = sender.send(reply(Platform.X, false, "On it!", NOW), null, () -> calls.add("attempt recorded"));

        assertThat(calls).containsExactly("attempt recorded", "publish @jane_flies On it!");
        assertThat(status.outcome()).isEqualTo(ReplyOutcome.SENT);
        assertThat(status.externalId()).isEqualTo("1862070000000000001");
        assertThat(ReplySender.recordOf(status).state()).isEqualTo(SendRecord.SendState.SENT);
    }

    @Test
    void aDecidedReplyIsNotSentAgain() {
        SendRecord sent = new SendRecord("r1", SendRecord.SendState.SENT, "1862070000000000001", null, NOW);

        assertThat(sender.send(reply(Platform.X, false, "On it!", NOW), sent, () -> calls.add("attempt"))).isNull();
        assertThat(calls).isEmpty();
    }

    @Test
    void aReplyRequestedTooLongAgoIsNotSent() {
        ReplyRequested stale = new ReplyRequested("r1", "c1", "x:100", "acme-air", Platform.X, "100", false, "On it!",
                "agent-7", "chk-1", NOW.minus(Duration.ofHours(25)), "jane_flies", NOW.minus(Duration.ofHours(26)));

        ReplyStatus status = sender.send(stale, null, () -> calls.add("attempt"));

        assertThat(calls).isEmpty();
        assertThat(status.reason()).contains("more than 24 h ago: not sent");
    }

    @Test
    void anInterruptedAttemptFailsAsUnknownInsteadOfPostingTwice() {
        SendRecord sending = new SendRecord("r1", SendRecord.SendState.SENDING, null, null, NOW);

        ReplyStatus status = sender.send(reply(Platform.X, false, "On it!", NOW), sending, () -> calls.add("attempt"));

        assertThat(calls).isEmpty();
        assertThat(status.outcome()).isEqualTo(ReplyOutcome.FAILED);
        assertThat(status.reason()).contains("check whether the reply was posted before sending it again");
    }

    @Test
    void refusalsAndPlatformFailuresAreFailedStatusesWithTheReason() {
        assertThat(sender.send(reply(Platform.X, false, "fail " + "a".repeat(300), NOW), null, () -> calls.add("attempt"))
                .reason()).startsWith("too long for x public replies");
        assertThat(calls).isEmpty();
        assertThat(sender.send(reply(Platform.X, false, "please fail", NOW), null, () -> { }).reason())
                .isEqualTo("X answered 403: duplicate content");
        assertThat(sender.send(reply(Platform.GENERIC, false, "hi", NOW), null, () -> { }).reason())
                .isEqualTo("Parley cannot publish replies on generic");
    }
}
