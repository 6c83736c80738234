package dev.parley.ingestion.meta;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Format {@value MetaWebhook#INSTAGRAM_MENTION_SOURCE}: a comment or caption that mentions the brand,
 * as the Graph API returned it, with the media id in the context. Instagram gives the author's username
 * only, so it is also the author id. A mention in a comment joins the conversation of its media.
 */
public class InstagramMentionFormat implements RawFormat {
    /** Graph API times, e.g. {@code 2026-11-22T10:15:30+0000}. */
    static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    @Override
    public String source() {
        return MetaWebhook.INSTAGRAM_MENTION_SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> mention = raw.payload();
        JsonFields fields = new JsonFields();
        boolean inComment = mention.containsKey("text");
        String id = fields.text(mention, "id", "id", true);
        String text = fields.text(mention, inComment ? "text" : "caption", inComment ? "text" : "caption", true);
        String username = fields.text(mention, "username", "username", true);
        Instant postedAt = fields.instant(mention, "timestamp", "timestamp", true,
                value -> OffsetDateTime.parse(value, GRAPH_TIME).toInstant(), "like 2026-11-22T10:15:30+0000");
        String mediaId = fields.text(raw.context(), "mediaId", "context.mediaId", true);
        fields.throwIfInvalid();

        String postId = SocialPost.postIdOf(Platform.INSTAGRAM, id);
        return new SocialPost(postId, raw.brand(), Platform.INSTAGRAM, id, PostKind.PUBLIC_MENTION,
                new Author(username, username, null, 0, false), text, null, postedAt, raw.receivedAt(), null,
                inComment ? SocialPost.postIdOf(Platform.INSTAGRAM, mediaId) : postId,
                fields.text(mention, "permalink", "permalink", false))
                .withEngagement(new Engagement(fields.count(mention, "like_count", "like_count"), 0, 0));
    }
}
