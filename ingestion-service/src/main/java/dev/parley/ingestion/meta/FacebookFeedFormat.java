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
 * Format {@code meta-feed}: the {@code value} of a Page {@code feed} change for a new comment or visitor
 * post. Comments on one post form one conversation, {@code facebook:<post_id>}.
 */
public class FacebookFeedFormat implements RawFormat {

    @Override
    public String source() {
        return MetaWebhook.FEED_SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> value = raw.payload();
        JsonFields fields = new JsonFields();
        boolean comment = "comment".equals(value.get("item"));
        String id = fields.text(value, comment ? "comment_id" : "post_id", comment ? "comment_id" : "post_id", true);
        String postId = fields.text(value, "post_id", "post_id", true);
        String parentId = fields.text(value, "parent_id", "parent_id", false);
        String text = fields.text(value, "message", "message", true);
        Map<String, Object> from = fields.object(value, "from", "from", true);
        String authorId = fields.text(from, "id", "from.id", true);
        String name = fields.text(from, "name", "from.name", false);
        Instant createdAt = fields.instant(value, "created_time", "created_time", false, EpochTimes::parse,
                "epoch seconds");
        String page = fields.text(raw.context(), "accountId", "context.accountId", false);
        fields.throwIfInvalid();

        String inReplyTo = comment ? (parentId != null ? parentId : postId) : null;
        return new SocialPost(SocialPost.postIdOf(Platform.FACEBOOK, id), raw.brand(), Platform.FACEBOOK, id,
                comment ? (postId.equals(inReplyTo) ? PostKind.COMMENT : PostKind.REPLY) : PostKind.PUBLIC_MENTION,
                new Author(authorId, null, name, 0, false), text, null,
                createdAt != null ? createdAt : raw.receivedAt(), raw.receivedAt(), inReplyTo,
                SocialPost.postIdOf(Platform.FACEBOOK, postId), null)
                .withCommunity(page != null ? "page:" + page : null);
    }
}
