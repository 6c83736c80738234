package dev.parley.ingestion.outbound;

import java.time.Instant;

/**
 * What ingestion knows of sending one reply, kept on {@code parley.replies.sends} (compacted, keyed by
 * reply id) so no reply is ever posted twice. {@code sending} is written (and acknowledged by Kafka)
 * before the platform is called; {@code sent} or {@code failed} after, in the same transaction as
 * the {@code ReplyStatus}.
 *
 * @param replyId    the reply
 * @param state      sending, sent or failed
 * @param externalId the platform's id of the posted reply when sent
 * @param reason     why it failed
 * @param at         when this state was reached
 */
public record SendRecord(String replyId, SendState state, String externalId, String reason, Instant at) {

    /** JSON: {@code "sending"}, {@code "sent"}, {@code "failed"}. */
    public enum SendState implements dev.parley.events.WireEnum {
        SENDING, SENT, FAILED
    }
}
