package dev.parley.ingestion.x;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Format {@code x-account-activity-tweet}: a Tweet object (v1.1, as Account Activity delivers it). The
 * full text of a long post is in {@code extended_tweet.full_text}. A reply joins the conversation of
 * the post it answers.
 */
public class XTweetFormat implements RawFormat {
    /** X's v1.1 time format, e.g. {@code Wed Oct 10 20:19:24 +0000 2018}. */
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    @Override
    public String source() {
        return XAccountActivity.TWEET_SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> tweet = raw.payload();
        JsonFields fields = new JsonFields();
        String id = fields.text(tweet, "id_str", "id_str", true);
        Map<String, Object> extended = fields.object(tweet, "extended_tweet", "extended_tweet", false);
        String text = extended.containsKey("full_text")
                ? fields.text(extended, "full_text", "extended_tweet.full_text", true)
                : fields.text(tweet, tweet.containsKey("full_text") ? "full_text" : "text", "text", true);
        Instant createdAt = fields.instant(tweet, "created_at", "created_at", true,
                value -> ZonedDateTime.parse(value, CREATED_AT).toInstant(), "like 'Wed Oct 10 20:19:24 +0000 2018'");
        Map<String, Object> user = fields.object(tweet, "user", "user", true);
        String userId = fields.text(user, "id_str", "user.id_str", true);
        String handle = fields.text(user, "screen_name", "user.screen_name", false);
        Author author = new Author(userId, handle, fields.text(user, "name", "user.name", false),
                fields.count(user, "followers_count", "user.followers_count"), fields.flag(user, "verified", "user.verified"));
        String inReplyTo = fields.text(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id_str", false);
        String language = fields.text(tweet, "lang", "lang", false);
        Engagement engagement = new Engagement(fields.count(tweet, "favorite_count", "favorite_count"),
                fields.count(tweet, "reply_count", "reply_count"), fields.count(tweet, "retweet_count", "retweet_count")
                + fields.count(tweet, "quote_count", "quote_count"));
        fields.throwIfInvalid();

        String postId = SocialPost.postIdOf(Platform.X, id);
        return new SocialPost(postId, raw.brand(), Platform.X, id, inReplyTo != null ? PostKind.REPLY : PostKind.PUBLIC_MENTION,
                author, text, "und".equals(language) ? null : language, createdAt, raw.receivedAt(), inReplyTo,
                inReplyTo != null ? SocialPost.postIdOf(Platform.X, inReplyTo) : postId,
                "https://x.com/" + (handle != null ? handle : "i/web") + "/status/" + id).withEngagement(engagement);
    }
}
