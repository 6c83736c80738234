package dev.parley.ingestion.outbound;

import dev.parley.events.Platform;
import dev.parley.events.ReplyOutcome;
import dev.parley.events.ReplyRequested;
import dev.parley.events.ReplyStatus;
import dev.parley.ingestion.platform.PlatformCallException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one requested reply: applies the platform's conventions, records the attempt, calls the
 * platform once, and says what happened as a {@link ReplyStatus}. A reply whose earlier attempt
 * was interrupted (its outcome unknown) is never sent again: it fails with a reason that tells the
 * agent to check the platform, because posting twice in public is worse than asking.
 */
public class ReplySender {
    static final String OUTCOME_UNKNOWN = "sending was interrupted (the service stopped) and the platform's answer"
            + " is unknown: check whether the reply was posted before sending it again";

    private final Map<Platform, PlatformReplies> platforms;
    private final ReplyConventions conventions;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param maxAge a reply requested longer ago than this is not sent (after an outage, or the first start
     *               on a topic with old requests): the conversation has moved on, an agent should decide again
     */
    public ReplySender(Map<Platform, PlatformReplies> platforms, ReplyConventions conventions, Duration maxAge,
                       Clock clock) {
        this.platforms = Map.copyOf(platforms);
        this.conventions = conventions;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * @param previous     what is known of an earlier attempt at this reply, else null
     * @param beforeCalling runs just before the platform is called: the caller durably records the attempt
     * @return the status to publish, or null when the reply was already decided (its status is published)
     */
    public ReplyStatus send(ReplyRequested reply, SendRecord previous, Runnable beforeCalling) {
        if (previous != null && previous.state() != SendRecord.SendState.SENDING) {
            return null;
        }
        if (previous != null) {
            return failed(reply, OUTCOME_UNKNOWN);
        }
        if (reply.requestedAt() != null && reply.requestedAt().plus(maxAge).isBefore(clock.instant())) {
            return failed(reply, "requested at " + reply.requestedAt() + ", more than " + maxAge.toHours()
                    + " h ago: not sent; request it again if it still applies");
        }
        PlatformReplies platform = platforms.get(reply.platform());
        if (platform == null) {
            return failed(reply, "Parley cannot publish replies on " + reply.platform().wireName());
        }
        try {
            String text = conventions.prepare(reply, clock.instant());
            beforeCalling.run();
            return new ReplyStatus(reply.replyId(), reply.caseId(), reply.conversationId(), ReplyOutcome.SENT,
                    platform.publish(reply, text), null, clock.instant());
        } catch (ReplyRefusedException | PlatformCallException e) {
            return failed(reply, e.getMessage());
        }
    }

    /** The send record that goes with a decided status. */
    public static SendRecord recordOf(ReplyStatus status) {
        return new SendRecord(status.replyId(), status.outcome() == ReplyOutcome.SENT ? SendRecord.SendState.SENT
                : SendRecord.SendState.FAILED, status.externalId(), status.reason(), status.occurredAt());
    }

    private ReplyStatus failed(ReplyRequested reply, String reason) {
        return new ReplyStatus(reply.replyId(), reply.caseId(), reply.conversationId(), ReplyOutcome.FAILED, null, reason,
                clock.instant());
    }
}
