package dev.parley.ingestion.meta;

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
 * Format {@code instagram-comments}: the {@code value} of an Instagram {@code comments} change. Comments
 * on one media item form one conversation, {@code instagram:<media id>}; the time is the entry's.
 */
public class InstagramCommentFormat implements RawFormat {

    @Override
    public String source() {
        return MetaWebhook.INSTAGRAM_COMMENT_SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> value = raw.payload();
        JsonFields fields = new JsonFields();
        String id = fields.text(value, "id", "id", true);
        String text = fields.text(value, "text", "text", true);
        Map<String, Object> from = fields.object(value, "from", "from", true);
        String authorId = fields.text(from, "id", "from.id", true);
        String username = fields.text(from, "username", "from.username", false);
        String mediaId = fields.text(fields.object(value, "media", "media", true), "id", "media.id", true);
        String parentId = fields.text(value, "parent_id", "parent_id", false);
        Instant time = fields.instant(raw.context(), "time", "context.time", false, EpochTimes::parse, "epoch seconds");
        fields.throwIfInvalid();

        return new SocialPost(SocialPost.postIdOf(Platform.INSTAGRAM, id), raw.brand(), Platform.INSTAGRAM, id,
                parentId != null ? PostKind.REPLY : PostKind.COMMENT, new Author(authorId, username, null, 0, false),
                text, null, time != null && time.getEpochSecond() > 0 ? time : raw.receivedAt(), raw.receivedAt(),
                parentId != null ? parentId : mediaId, SocialPost.postIdOf(Platform.INSTAGRAM, mediaId), null);
    }
}
