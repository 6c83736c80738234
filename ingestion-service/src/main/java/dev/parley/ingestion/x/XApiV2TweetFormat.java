package dev.parley.ingestion.x;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.platform.PlatformJson;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.util.Map;

/**
 * Format {@value XSearchPoller#SOURCE}: a Post object of X API v2, with its author (from
 * {@code includes.users}) in the context. X's own {@code conversation_id} (the thread's first post)
 * is the conversation, so a whole reply chain is one conversation.
 */
public class XApiV2TweetFormat implements RawFormat {

    @Override
    public String source() {
        return XSearchPoller.SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> tweet = raw.payload();
        JsonFields fields = new JsonFields();
        String id = fields.text(tweet, "id", "id", true);
        String text = fields.text(tweet, "text", "text", true);
        Instant createdAt = fields.instant(tweet, "created_at", "created_at", true, Instant::parse,
                "an ISO-8601 time such as 2026-11-22T10:15:30.000Z");
        String authorId = fields.text(tweet, "author_id", "author_id", true);
        Map<String, Object> user = fields.object(raw.context(), "author", "context.author", false);
        String handle = fields.text(user, "username", "context.author.username", false);
        Author author = new Author(authorId, handle, fields.text(user, "name", "context.author.name", false),
                fields.count(PlatformJson.map(user.get("public_metrics")), "followers_count",
                        "context.author.public_metrics.followers_count"),
                fields.flag(user, "verified", "context.author.verified"));
        String inReplyTo = PlatformJson.list(tweet.get("referenced_tweets")).stream()
                .filter(r -> "replied_to".equals(r.get("type"))).map(r -> PlatformJson.text(r, "id")).findFirst()
                .orElse(null);
        String conversation = fields.text(tweet, "conversation_id", "conversation_id", false);
        String language = fields.text(tweet, "lang", "lang", false);
        Map<String, Object> metrics = fields.object(tweet, "public_metrics", "public_metrics", false);
        Engagement engagement = metrics.isEmpty() ? null : new Engagement(
                fields.count(metrics, "like_count", "public_metrics.like_count"),
                fields.count(metrics, "reply_count", "public_metrics.reply_count"),
                fields.count(metrics, "retweet_count", "public_metrics.retweet_count")
                        + fields.count(metrics, "quote_count", "public_metrics.quote_count"));
        fields.throwIfInvalid();

        String postId = SocialPost.postIdOf(Platform.X, id);
        return new SocialPost(postId, raw.brand(), Platform.X, id, inReplyTo != null ? PostKind.REPLY : PostKind.PUBLIC_MENTION,
                author, text, "und".equals(language) ? null : language, createdAt, raw.receivedAt(), inReplyTo,
                conversation != null ? SocialPost.postIdOf(Platform.X, conversation) : postId,
                "https://x.com/" + (handle != null ? handle : "i/web") + "/status/" + id).withEngagement(engagement);
    }
}
