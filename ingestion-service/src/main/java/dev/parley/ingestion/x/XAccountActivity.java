package dev.parley.ingestion.x;

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
 * Splits one Account Activity delivery into the customer items in it: mentions and replies
 * ({@code tweet_create_events}) and received direct messages ({@code direct_message_events}). The
 * brand's own posts and messages, retweets and other activity (likes, follows, typing, ...) are
 * not customer messages: they are counted as ignored, by reason.
 */
public final class XAccountActivity {
    public static final String TWEET_SOURCE = "x-account-activity-tweet";
    public static final String DIRECT_MESSAGE_SOURCE = "x-account-activity-dm";

    private XAccountActivity() {
    }

    /**
     * @param brandsByUserId the brand of each subscribed X account, by its user id
     * @throws InvalidPostException when the delivery has no {@code for_user_id}
     */
    @SuppressWarnings("unchecked")
    public static WebhookItems split(Map<String, Object> delivery, Map<String, String> brandsByUserId, Instant receivedAt) {
        Object forUser = delivery.get("for_user_id");
        if (!(forUser instanceof String account) || account.isBlank()) {
            throw new InvalidPostException(List.of(new FieldError("for_user_id", "is required")));
        }
        List<RawPost> items = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        String brand = brandsByUserId.get(account);
        for (Map.Entry<String, Object> entry : delivery.entrySet()) {
            if (entry.getKey().equals("for_user_id") || entry.getKey().equals("users")
                    || entry.getKey().equals("user_has_blocked")) {
                continue;
            }
            List<Map<String, Object>> events = entry.getValue() instanceof List<?> list
                    ? (List<Map<String, Object>>) list : List.of();
            for (Map<String, Object> event : events) {
                if (brand == null) {
                    ignored.add("account " + account + " is not configured");
                } else if (entry.getKey().equals("tweet_create_events")) {
                    tweet(event, account, brand, receivedAt, items, ignored);
                } else if (entry.getKey().equals("direct_message_events")) {
                    directMessage(event, account, brand, receivedAt,
                            (Map<String, Object>) delivery.getOrDefault("users", Map.of()), items, ignored);
                } else {
                    ignored.add(entry.getKey());
                }
            }
        }
        return new WebhookItems(items, ignored);
    }

    @SuppressWarnings("unchecked")
    private static void tweet(Map<String, Object> tweet, String account, String brand, Instant receivedAt,
                              List<RawPost> items, List<String> ignored) {
        Map<String, Object> user = tweet.get("user") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        if (account.equals(user.get("id_str"))) {
            ignored.add("the brand's own post");
        } else if (tweet.containsKey("retweeted_status")) {
            ignored.add("retweet");
        } else if (!(tweet.get("id_str") instanceof String id)) {
            ignored.add("post without id_str");
        } else {
            items.add(new RawPost(SocialPost.postIdOf(Platform.X, id), TWEET_SOURCE, Platform.X, brand, receivedAt,
                    tweet, Map.of()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void directMessage(Map<String, Object> event, String account, String brand, Instant receivedAt,
                                      Map<String, Object> users, List<RawPost> items, List<String> ignored) {
        Map<String, Object> create = event.get("message_create") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        Object sender = create.get("sender_id");
        if (!"message_create".equals(event.get("type"))) {
            ignored.add("direct message event of type " + event.get("type"));
        } else if (account.equals(sender)) {
            ignored.add("the brand's own message");
        } else if (!(event.get("id") instanceof String id)) {
            ignored.add("message without id");
        } else {
            Object profile = sender == null ? null : users.get(sender.toString());
            items.add(new RawPost(SocialPost.postIdOf(Platform.X, id), DIRECT_MESSAGE_SOURCE, Platform.X, brand,
                    receivedAt, event, profile == null ? Map.of() : Map.of("sender", profile)));
        }
    }
}
