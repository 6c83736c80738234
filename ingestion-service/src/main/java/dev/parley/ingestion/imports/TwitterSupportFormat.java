package dev.parley.ingestion.imports;

import dev.parley.events.Author;
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
 * Format {@value #SOURCE}: one row of the public "customer support on Twitter" export
 * ({@code tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id}),
 * as read from the file. A reply joins the conversation of the tweet it answers.
 */
public class TwitterSupportFormat implements RawFormat {
    public static final String SOURCE = "import-twitter-support";
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> row = raw.payload();
        JsonFields fields = new JsonFields();
        String id = fields.text(row, "tweet_id", "tweet_id", true);
        String authorId = fields.text(row, "author_id", "author_id", true);
        String text = fields.text(row, "text", "text", true);
        Instant createdAt = fields.instant(row, "created_at", "created_at", true,
                value -> ZonedDateTime.parse(value, CREATED_AT).toInstant(), "like 'Tue Oct 31 22:10:47 +0000 2017'");
        String inReplyTo = fields.text(row, "in_response_to_tweet_id", "in_response_to_tweet_id", false);
        fields.throwIfInvalid();

        String tweetId = wholeNumber(id);
        String parent = inReplyTo == null ? null : wholeNumber(inReplyTo);
        return new SocialPost(SocialPost.postIdOf(Platform.X, tweetId), raw.brand(), Platform.X, tweetId,
                parent != null ? PostKind.REPLY : PostKind.PUBLIC_MENTION, new Author(authorId, null, null, 0, false),
                text, null, createdAt, raw.receivedAt(), parent,
                SocialPost.postIdOf(Platform.X, parent != null ? parent : tweetId), null);
    }

    /** Spreadsheet exports write ids as {@code 119237.0}. */
    static String wholeNumber(String id) {
        return id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
    }
}
