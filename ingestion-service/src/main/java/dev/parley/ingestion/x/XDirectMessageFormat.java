package dev.parley.ingestion.x;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.util.Map;

/**
 * Format {@code x-account-activity-dm}: a {@code message_create} event, with the sender's profile from
 * the delivery's {@code users} map in the raw context. All messages from one customer form one
 * private conversation, {@code x:dm:<sender id>}.
 */
public class XDirectMessageFormat implements RawFormat {

    @Override
    public String source() {
        return XAccountActivity.DIRECT_MESSAGE_SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> event = raw.payload();
        JsonFields fields = new JsonFields();
        String id = fields.text(event, "id", "id", true);
        Instant createdAt = fields.instant(event, "created_timestamp", "created_timestamp", true,
                value -> Instant.ofEpochMilli(Long.parseLong(value)), "milliseconds since the epoch");
        Map<String, Object> create = fields.object(event, "message_create", "message_create", true);
        String senderId = fields.text(create, "sender_id", "message_create.sender_id", true);
        Map<String, Object> data = fields.object(create, "message_data", "message_create.message_data", true);
        String text = fields.text(data, "text", "message_create.message_data.text", true);
        Map<String, Object> sender = fields.object(raw.context(), "sender", "context.sender", false);
        Author author = new Author(senderId, fields.text(sender, "screen_name", "context.sender.screen_name", false),
                fields.text(sender, "name", "context.sender.name", false),
                fields.count(sender, "followers_count", "context.sender.followers_count"),
                fields.flag(sender, "verified", "context.sender.verified"));
        fields.throwIfInvalid();

        return new SocialPost(SocialPost.postIdOf(Platform.X, id), raw.brand(), Platform.X, id, PostKind.DIRECT_MESSAGE,
                author, text, null, createdAt, raw.receivedAt(), null, "x:dm:" + senderId, null);
    }
}
