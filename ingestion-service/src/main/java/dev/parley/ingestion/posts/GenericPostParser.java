package dev.parley.ingestion.posts;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import dev.parley.events.WireEnum;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the generic JSON post of {@code POST /api/v1/posts} (already parsed into a map) into a
 * {@link SocialPost}, or reports every bad field at once.
 *
 * <p>Threading: a post with {@code conversationId} keeps it; a reply without one joins the conversation
 * of the item it answers ({@code <platform>:<inReplyTo>}); anything else starts its own conversation.
 */
public class GenericPostParser {
    static final int MAX_TEXT_LENGTH = 10_000;

    private final Clock clock;

    public GenericPostParser(Clock clock) {
        this.clock = clock;
    }

    public SocialPost parse(Map<String, Object> json) {
        Fields fields = new Fields(json);
        Platform platform = fields.enumValue("platform", Platform.class, true);
        String externalId = fields.text("externalId", true);
        String brand = fields.text("brand", true);
        PostKind kind = fields.enumValue("kind", PostKind.class, false);
        String text = fields.text("text", true);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            fields.reject("text", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        Author author = fields.author();
        Instant createdAt = fields.instant("createdAt");
        String inReplyTo = fields.text("inReplyTo", false);
        String conversationId = fields.text("conversationId", false);
        String language = fields.text("language", false);
        String url = fields.text("url", false);
        fields.throwIfInvalid();

        String postId = SocialPost.postIdOf(platform, externalId);
        Instant receivedAt = clock.instant();
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

    /** Reads fields of one JSON object, collecting errors instead of stopping at the first. */
    private static final class Fields {
        private final Map<String, Object> json;
        private final List<FieldError> errors = new ArrayList<>();

        Fields(Map<String, Object> json) {
            this.json = json;
        }

        String text(String name, boolean required) {
            return text(json, name, name, required);
        }

        String text(Map<String, Object> object, String name, String path, boolean required) {
            Object value = object.get(name);
            if (value == null) {
                if (required) {
                    reject(path, "is required");
                }
                return null;
            }
            if (value instanceof Number number) {
                return number.toString();
            }
            if (!(value instanceof String s)) {
                reject(path, "must be a string");
                return null;
            }
            if (s.isBlank()) {
                reject(path, "must not be blank");
                return null;
            }
            return s;
        }

        <E extends Enum<E> & WireEnum> E enumValue(String name, Class<E> type, boolean required) {
            String value = text(name, required);
            if (value == null) {
                return null;
            }
            try {
                return WireEnum.parse(type, value);
            } catch (IllegalArgumentException e) {
                reject(name, e.getMessage());
                return null;
            }
        }

        Instant instant(String name) {
            String value = text(name, false);
            if (value == null) {
                return null;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                reject(name, "must be an ISO-8601 UTC time such as 2026-11-22T10:15:30Z");
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        Author author() {
            Object value = json.get("author");
            if (!(value instanceof Map<?, ?> map)) {
                reject("author", value == null ? "is required" : "must be an object");
                return null;
            }
            Map<String, Object> author = (Map<String, Object>) map;
            String id = text(author, "id", "author.id", true);
            String handle = text(author, "handle", "author.handle", false);
            String name = text(author, "name", "author.name", false);
            long followers = 0;
            Object followersValue = author.get("followers");
            if (followersValue instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
                followers = n.longValue();
            } else if (followersValue != null) {
                reject("author.followers", "must be a whole number of at least 0");
            }
            Object verified = author.getOrDefault("verified", Boolean.FALSE);
            if (!(verified instanceof Boolean)) {
                reject("author.verified", "must be true or false");
            }
            return new Author(id, handle != null && handle.startsWith("@") ? handle.substring(1) : handle, name,
                    followers, Boolean.TRUE.equals(verified));
        }

        void reject(String field, String reason) {
            errors.add(new FieldError(field, reason));
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw new InvalidPostException(errors);
            }
        }
    }
}
