package dev.parley.ingestion.posts;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import java.time.Instant;
import java.util.Map;

/**
 * Format {@value #SOURCE}: the generic JSON post of {@code POST /api/v1/posts} (already parsed into a
 * map) becomes a {@link SocialPost}, or every bad field is reported at once.
 *
 * <p>Threading: a post with {@code conversationId} keeps it; a reply without one joins the conversation
 * of the item it answers ({@code <platform>:<inReplyTo>}); anything else starts its own conversation.
 */
public class GenericPostParser implements RawFormat {
    public static final String SOURCE = "generic-api";
    static final int MAX_TEXT_LENGTH = 10_000;

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        return parse(raw.payload(), raw.receivedAt());
    }

    /** The post in {@code json}, accepted at {@code receivedAt}. */
    public SocialPost parse(Map<String, Object> json, Instant receivedAt) {
        JsonFields fields = new JsonFields();
        Platform platform = fields.enumValue(json, "platform", Platform.class, true);
        String externalId = fields.text(json, "externalId", "externalId", true);
        String brand = fields.text(json, "brand", "brand", true);
        PostKind kind = fields.enumValue(json, "kind", PostKind.class, false);
        String text = fields.text(json, "text", "text", true);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            fields.reject("text", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        Map<String, Object> authorJson = fields.object(json, "author", "author", true);
        String authorId = fields.text(authorJson, "id", "author.id", !authorJson.isEmpty() || json.containsKey("author"));
        String handle = fields.text(authorJson, "handle", "author.handle", false);
        Author author = new Author(authorId, handle != null && handle.startsWith("@") ? handle.substring(1) : handle,
                fields.text(authorJson, "name", "author.name", false),
                fields.count(authorJson, "followers", "author.followers"),
                fields.flag(authorJson, "verified", "author.verified"));
        Instant createdAt = fields.instant(json, "createdAt", "createdAt", false, Instant::parse,
                "an ISO-8601 UTC time such as 2026-11-22T10:15:30Z");
        String inReplyTo = fields.text(json, "inReplyTo", "inReplyTo", false);
        String conversationId = fields.text(json, "conversationId", "conversationId", false);
        String language = fields.text(json, "language", "language", false);
        String url = fields.text(json, "url", "url", false);
        fields.throwIfInvalid();

        String postId = SocialPost.postIdOf(platform, externalId);
        return new SocialPost(postId, brand, platform, externalId,
                kind != null ? kind : (inReplyTo != null ? PostKind.REPLY : PostKind.PUBLIC_MENTION),
                author, text, language, createdAt != null ? createdAt : receivedAt, receivedAt, inReplyTo,
                conversationIdOf(platform, postId, inReplyTo, conversationId), url);
    }

    private static String conversationIdOf(Platform platform, String postId, String inReplyTo, String given) {
        if (given != null) {
            return given;
        }
        return inReplyTo != null ? SocialPost.postIdOf(platform, inReplyTo) : postId;
    }
}
