package dev.parley.ingestion.meta;

import dev.parley.events.Platform;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.FieldError;
import dev.parley.ingestion.posts.InvalidPostException;
import dev.parley.ingestion.webhook.WebhookItems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits one Meta webhook delivery ({@code object} {@code page} or {@code instagram}) into customer
 * items: new comments and visitor posts on a Page's feed, comments on Instagram media, mentions of the
 * brand on Instagram (read through {@link MentionLookup}), and messages received through Messenger or
 * Instagram. The brand's own posts and messages, echoes, reactions,
 * edits and other fields are left out and counted by reason.
 */
public final class MetaWebhook {
    public static final String FEED_SOURCE = "meta-feed";
    public static final String INSTAGRAM_COMMENT_SOURCE = "instagram-comments";
    public static final String MESSAGE_SOURCE = "meta-messaging";
    public static final String INSTAGRAM_MENTION_SOURCE = "instagram-mentions";

    private MetaWebhook() {
    }

    /**
     * @param brandsByAccountId the brand of each subscribed Page or Instagram account, by its id
     * @throws InvalidPostException when {@code object} is not {@code page} or {@code instagram}
     */
    public static WebhookItems split(Map<String, Object> delivery, Map<String, String> brandsByAccountId,
                                     MentionLookup mentions, Instant receivedAt) {
        Object object = delivery.get("object");
        Platform platform = "page".equals(object) ? Platform.FACEBOOK
                : "instagram".equals(object) ? Platform.INSTAGRAM : null;
        if (platform == null) {
            throw new InvalidPostException(List.of(new FieldError("object",
                    "'" + object + "' is not one of [page, instagram]")));
        }
        List<RawPost> items = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Map<String, Object> entry : listOf(delivery.get("entry"))) {
            String account = String.valueOf(entry.get("id"));
            String brand = brandsByAccountId.get(account);
            Map<String, Object> context = Map.of("accountId", account, "time", entry.getOrDefault("time", 0));
            for (Map<String, Object> change : listOf(entry.get("changes"))) {
                if (brand == null) {
                    ignored.add("account " + account + " is not configured");
                } else {
                    change(platform, change, account, brand, context, mentions, receivedAt, items, ignored);
                }
            }
            for (Map<String, Object> messaging : listOf(entry.get("messaging"))) {
                if (brand == null) {
                    ignored.add("account " + account + " is not configured");
                } else {
                    message(platform, messaging, account, brand, receivedAt, items, ignored);
                }
            }
        }
        return new WebhookItems(items, ignored);
    }

    private static void change(Platform platform, Map<String, Object> change, String account, String brand,
                               Map<String, Object> context, MentionLookup mentions, Instant receivedAt, List<RawPost> items,
                               List<String> ignored) {
        Object field = change.get("field");
        Map<String, Object> value = mapOf(change.get("value"));
        Map<String, Object> from = mapOf(value.get("from"));
        if (account.equals(String.valueOf(from.get("id")))) {
            ignored.add("the brand's own post");
        } else if (platform == Platform.FACEBOOK && "feed".equals(field)) {
            Object item = value.get("item");
            boolean customerPost = "add".equals(value.get("verb"))
                    && ("comment".equals(item) || "post".equals(item) || "status".equals(item));
            Object id = "comment".equals(item) ? value.get("comment_id") : value.get("post_id");
            if (!customerPost) {
                ignored.add("feed " + item + " " + value.get("verb"));
            } else if (id == null) {
                ignored.add("feed " + item + " without an id");
            } else {
                items.add(new RawPost(SocialPost.postIdOf(platform, id.toString()), FEED_SOURCE, platform, brand,
                        receivedAt, value, context));
            }
        } else if (platform == Platform.INSTAGRAM && "comments".equals(field) && value.get("id") != null) {
            items.add(new RawPost(SocialPost.postIdOf(platform, value.get("id").toString()), INSTAGRAM_COMMENT_SOURCE,
                    platform, brand, receivedAt, value, context));
        } else if (platform == Platform.INSTAGRAM && "mentions".equals(field) && value.get("media_id") != null) {
            String mediaId = value.get("media_id").toString();
            Object commentId = value.get("comment_id");
            mentions.lookup(account, brand, mediaId, commentId == null ? null : commentId.toString()).ifPresentOrElse(
                    mention -> items.add(new RawPost(SocialPost.postIdOf(platform, String.valueOf(mention.get("id"))),
                            INSTAGRAM_MENTION_SOURCE, platform, brand, receivedAt, mention,
                            Map.of("accountId", account, "mediaId", mediaId))),
                    () -> ignored.add("mention that can no longer be read"));
        } else {
            ignored.add(field + " change");
        }
    }

    private static void message(Platform platform, Map<String, Object> messaging, String account, String brand,
                                Instant receivedAt, List<RawPost> items, List<String> ignored) {
        Map<String, Object> message = mapOf(messaging.get("message"));
        Object senderId = mapOf(messaging.get("sender")).get("id");
        if (message.isEmpty()) {
            ignored.add("messaging event without a message");
        } else if (Boolean.TRUE.equals(message.get("is_echo")) || account.equals(String.valueOf(senderId))) {
            ignored.add("the brand's own message");
        } else if (message.get("mid") == null) {
            ignored.add("message without mid");
        } else {
            items.add(new RawPost(SocialPost.postIdOf(platform, message.get("mid").toString()), MESSAGE_SOURCE, platform,
                    brand, receivedAt, messaging, Map.of()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
