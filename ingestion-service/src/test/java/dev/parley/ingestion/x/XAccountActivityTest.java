package dev.parley.ingestion.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.FieldError;
import dev.parley.ingestion.posts.InvalidPostException;
import dev.parley.ingestion.webhook.WebhookItems;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class XAccountActivityTest {
    static final Map<String, String> ACCOUNTS = Map.of("2244994945", "acme-air");
    private static final Instant RECEIVED = Instant.parse("2026-11-22T10:30:00Z");

    static Map<String, Object> fixture(String name) throws IOException {
        try (InputStream in = XAccountActivityTest.class.getResourceAsStream("/x/" + name)) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, Object>>() { });
        }
    }

    @Test
    void keepsCustomerPostsAndSaysWhyTheRestWasLeftOut() throws IOException {
        WebhookItems split = XAccountActivity.split(fixture("tweet-create-events.json"), ACCOUNTS, RECEIVED);

        assertThat(split.items()).extracting(RawPost::postId)
                .containsExactly("x:1862051234567890001", "x:1862051234567890002");
        assertThat(split.items()).allSatisfy(raw -> {
            assertThat(raw.brand()).isEqualTo("acme-air");
            assertThat(raw.source()).isEqualTo(XAccountActivity.TWEET_SOURCE);
            assertThat(raw.receivedAt()).isEqualTo(RECEIVED);
        });
        assertThat(split.ignored()).containsExactlyInAnyOrder("the brand's own post", "retweet", "favorite_events");
    }

    @Test
    void aMentionBecomesAPostWithItsFullTextAndAuthor() throws IOException {
        RawPost raw = XAccountActivity.split(fixture("tweet-create-events.json"), ACCOUNTS, RECEIVED).items().get(0);

        SocialPost post = new XTweetFormat().normalise(raw);

        assertThat(post.kind()).isEqualTo(PostKind.PUBLIC_MENTION);
        assertThat(post.text()).endsWith("This is the third time this year. Booking ABC123.");
        assertThat(post.author().handle()).isEqualTo("janedoe");
        assertThat(post.author().followers()).isEqualTo(1520);
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
        assertThat(post.receivedAt()).isEqualTo(RECEIVED);
        assertThat(post.language()).isEqualTo("en");
        assertThat(post.conversationId()).isEqualTo("x:1862051234567890001");
        assertThat(post.url()).isEqualTo("https://x.com/janedoe/status/1862051234567890001");
    }

    @Test
    void aReplyJoinsTheConversationOfThePostItAnswers() throws IOException {
        RawPost raw = XAccountActivity.split(fixture("tweet-create-events.json"), ACCOUNTS, RECEIVED).items().get(1);

        SocialPost post = new XTweetFormat().normalise(raw);

        assertThat(post.kind()).isEqualTo(PostKind.REPLY);
        assertThat(post.inReplyTo()).isEqualTo("1862051234567890001");
        assertThat(post.conversationId()).isEqualTo("x:1862051234567890001");
    }

    @Test
    void aReceivedDirectMessageBecomesAPrivatePostWithTheSendersProfile() throws IOException {
        WebhookItems split = XAccountActivity.split(fixture("direct-message-events.json"), ACCOUNTS, RECEIVED);

        assertThat(split.items()).hasSize(1);
        assertThat(split.ignored()).containsExactly("the brand's own message");
        SocialPost post = new XDirectMessageFormat().normalise(split.items().get(0));
        assertThat(post.kind()).isEqualTo(PostKind.DIRECT_MESSAGE);
        assertThat(post.postId()).isEqualTo("x:1862060000000000001");
        assertThat(post.text()).isEqualTo("Hi, my booking reference is ABC123");
        assertThat(post.author().handle()).isEqualTo("janedoe");
        assertThat(post.createdAt()).isEqualTo(Instant.ofEpochMilli(1795343100000L));
        assertThat(post.conversationId()).isEqualTo("x:dm:9876543210");
    }

    @Test
    void deliveriesForAccountsThatAreNotConfiguredAreIgnoredNotLost() throws IOException {
        WebhookItems split = XAccountActivity.split(fixture("direct-message-events.json"), Map.of(), RECEIVED);

        assertThat(split.items()).isEmpty();
        assertThat(split.ignored()).containsOnly("account 2244994945 is not configured").hasSize(2);
    }

    @Test
    void aPostMissingWhatItNeedsIsRejectedWithTheFieldsNamed() throws IOException {
        Map<String, Object> tweet = new HashMap<>(XAccountActivity.split(fixture("tweet-create-events.json"), ACCOUNTS,
                RECEIVED).items().get(1).payload());
        tweet.remove("created_at");
        tweet.put("user", Map.of("screen_name", "janedoe"));
        RawPost raw = new RawPost("x:1", XAccountActivity.TWEET_SOURCE, dev.parley.events.Platform.X, "acme-air",
                RECEIVED, tweet, Map.of());

        InvalidPostException e = catchThrowableOfType(InvalidPostException.class, () -> new XTweetFormat().normalise(raw));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("created_at", "user.id_str");
    }

    @Test
    void aDeliveryWithoutForUserIdIsRejected() {
        assertThat(catchThrowableOfType(InvalidPostException.class,
                () -> XAccountActivity.split(Map.of("tweet_create_events", java.util.List.of()), ACCOUNTS, RECEIVED)))
                .hasMessage("for_user_id: is required");
    }
}
