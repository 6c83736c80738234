package dev.parley.ingestion.reddit;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Format {@value RedditPoller#SOURCE}: a Reddit thing as listings return it ({@code {"kind", "data"}}):
 * a comment ({@code t1}) or a post ({@code t3}). Items are identified by fullname ({@code t1_…}); every
 * comment under a post shares the post's conversation {@code reddit:t3_…}.
 */
public class RedditThingFormat implements RawFormat {
    private static final Pattern POST_IN_LINK = Pattern.compile("/comments/([a-z0-9]+)/");

    @Override
    public String source() {
        return RedditPoller.SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        JsonFields fields = new JsonFields();
        String kind = fields.text(raw.payload(), "kind", "kind", true);
        Map<String, Object> data = fields.object(raw.payload(), "data", "data", true);
        String name = fields.text(data, "name", "data.name", true);
        String author = fields.text(data, "author", "data.author", true);
        boolean comment = "t1".equals(kind);
        if (kind != null && !comment && !"t3".equals(kind)) {
            fields.reject("kind", "must be t1 (comment) or t3 (post)");
        }
        String text = comment ? fields.text(data, "body", "data.body", true)
                : joined(fields.text(data, "title", "data.title", true), fields.text(data, "selftext", "data.selftext", false));
        Instant createdAt = fields.instant(data, "created_utc", "data.created_utc", true,
                value -> Instant.ofEpochMilli((long) (Double.parseDouble(value) * 1000)), "seconds since 1970 (created_utc)");
        String parent = comment ? fields.text(data, "parent_id", "data.parent_id", true) : null;
        // Username mentions come from the inbox, which names the post only in the comment's context link.
        String context = fields.text(data, "context", "data.context", false);
        Matcher linkInContext = POST_IN_LINK.matcher(context == null ? "" : context);
        String post = !comment ? name : data.containsKey("link_id") || !linkInContext.find()
                ? fields.text(data, "link_id", "data.link_id", true) : "t3_" + linkInContext.group(1);
        String permalink = fields.text(data, "permalink", "data.permalink", false);
        String subreddit = fields.text(data, "subreddit", "data.subreddit", false);
        if (permalink == null && context != null) {
            permalink = context.replaceFirst("\\?.*$", "");
        }
        Engagement engagement = new Engagement(data.get("score") instanceof Number score ? Math.max(0, score.longValue()) : 0,
                fields.count(data, "num_comments", "data.num_comments"), 0);
        fields.throwIfInvalid();

        PostKind postKind = !comment ? PostKind.PUBLIC_MENTION : parent.startsWith("t1_") ? PostKind.REPLY : PostKind.COMMENT;
        return new SocialPost(SocialPost.postIdOf(Platform.REDDIT, name), raw.brand(), Platform.REDDIT, name, postKind,
                new Author(data.get("author_fullname") instanceof String id ? id : author, author, null, 0, false), text, null,
                createdAt, raw.receivedAt(), parent, SocialPost.postIdOf(Platform.REDDIT, post),
                permalink != null ? "https://www.reddit.com" + permalink : null).withEngagement(engagement)
                .withCommunity(subreddit != null ? "r/" + subreddit : null);
    }

    private static String joined(String title, String body) {
        return body == null ? title : title + "\n\n" + body;
    }
}
