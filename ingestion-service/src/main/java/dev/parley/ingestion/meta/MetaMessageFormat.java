package dev.parley.ingestion.meta;

import dev.parley.events.Author;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.util.Map;

/**
 * Format {@code meta-messaging}: a Messenger or Instagram messaging event. A message with attachments
 * and no text is kept, marked {@code [attachment]}, rather than lost. All messages from one customer
 * form the private conversation {@code <platform>:dm:<sender id>}.
 */
public class MetaMessageFormat implements RawFormat {
    static final String ATTACHMENT_ONLY = "[attachment]";

    @Override
    public String source() {
        return MetaWebhook.MESSAGE_SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> event = raw.payload();
        JsonFields fields = new JsonFields();
        String senderId = fields.text(fields.object(event, "sender", "sender", true), "id", "sender.id", true);
        Instant sentAt = fields.instant(event, "timestamp", "timestamp", true, EpochTimes::parse, "epoch milliseconds");
        Map<String, Object> message = fields.object(event, "message", "message", true);
        String mid = fields.text(message, "mid", "message.mid", true);
        boolean hasAttachments = message.get("attachments") instanceof java.util.List<?> list && !list.isEmpty();
        String text = fields.text(message, "text", "message.text", !hasAttachments);
        fields.throwIfInvalid();

        String platform = raw.platform().wireName();
        return new SocialPost(SocialPost.postIdOf(raw.platform(), mid), raw.brand(), raw.platform(), mid,
                PostKind.DIRECT_MESSAGE, new Author(senderId, null, null, 0, false), text != null ? text : ATTACHMENT_ONLY,
                null, sentAt, raw.receivedAt(), null, platform + ":dm:" + senderId, null);
    }
}
