package dev.parley.ingestion.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.InvalidPostException;
import dev.parley.ingestion.webhook.WebhookItems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class MetaWebhookTest {
    private static final Map<String, String> ACCOUNTS = Map.of("104928371122", "acme-air", "17841400000000001", "acme-air");
    private static final Instant RECEIVED = Instant.parse("2026-11-22T10:40:00Z");

    /** What the Graph API answers for the mention in instagram-comments.json (see GraphMentionLookupTest). */
    private static final MentionLookup MENTIONS = (account, brand, mediaId, commentId) ->
            "17900000000000002".equals(commentId) ? Optional.of(Map.of("id", "17900000000000002",
                    "text", "@acmeair my bag went to Oslo, I went to Lisbon", "timestamp", "2026-11-22T10:36:40+0000",
                    "username", "jo.wanders", "like_count", 3)) : Optional.empty();

    private static WebhookItems split(String fixture) throws IOException {
        try (InputStream in = MetaWebhookTest.class.getResourceAsStream("/meta/" + fixture)) {
            return MetaWebhook.split(JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, Object>>() { }),
                    ACCOUNTS, MENTIONS, RECEIVED);
        }
    }

    @Test
    void signaturesAreHexHmacOfTheBodyAndTheVerifyTokenMustMatch() {
        MetaSignatures signatures = new MetaSignatures("meta-app-secret", "my-verify-token");
        byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

        // Expected value computed with Python's hmac module.
        assertThat(signatures.isSignedByMeta(body,
                "sha256=5dcb51eb590634700c8d9cc1fde4d2d5981ca7bb83f250eb3fb71bfd849057ed")).isTrue();
        assertThat(signatures.isSignedByMeta("{}".getBytes(StandardCharsets.UTF_8),
                "sha256=5dcb51eb590634700c8d9cc1fde4d2d5981ca7bb83f250eb3fb71bfd849057ed")).isFalse();
        assertThat(signatures.isOurSubscription("subscribe", "my-verify-token")).isTrue();
        assertThat(signatures.isOurSubscription("subscribe", "guess")).isFalse();
        assertThat(signatures.isOurSubscription("unsubscribe", "my-verify-token")).isFalse();
    }

    @Test
    void pageFeedCommentsBecomePostsThreadedByTheirPost() throws IOException {
        WebhookItems split = split("page-feed.json");

        assertThat(split.items()).extracting(RawPost::postId)
                .containsExactly("facebook:998877_445566", "facebook:998877_445567");
        assertThat(split.ignored()).containsExactly("the brand's own post", "feed reaction add");
        SocialPost first = new FacebookFeedFormat().normalise(split.items().get(0));
        SocialPost reply = new FacebookFeedFormat().normalise(split.items().get(1));
        assertThat(first.kind()).isEqualTo(PostKind.COMMENT);
        assertThat(first.author().name()).isEqualTo("Sam Rivera");
        assertThat(first.text()).startsWith("Two hours on hold");
        assertThat(first.createdAt()).isEqualTo(Instant.ofEpochSecond(1795343400));
        assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
        assertThat(reply.inReplyTo()).isEqualTo("998877_445566");
        assertThat(first.conversationId()).isEqualTo(reply.conversationId()).isEqualTo("facebook:104928371122_998877");
        assertThat(first.community()).as("the page it was posted on").isEqualTo("page:104928371122");
    }

    @Test
    void messengerMessagesArePrivateAndEchoesAreTheBrandsOwn() throws IOException {
        WebhookItems split = split("messenger.json");

        assertThat(split.items()).extracting(RawPost::postId).containsExactly("facebook:m_AbC123xyz", "facebook:m_AbC125xyz");
        assertThat(split.ignored()).containsExactly("the brand's own message");
        SocialPost text = new MetaMessageFormat().normalise(split.items().get(0));
        SocialPost image = new MetaMessageFormat().normalise(split.items().get(1));
        assertThat(text.kind()).isEqualTo(PostKind.DIRECT_MESSAGE);
        assertThat(text.createdAt()).isEqualTo(Instant.ofEpochMilli(1795343600123L));
        assertThat(text.conversationId()).isEqualTo(image.conversationId()).isEqualTo("facebook:dm:5566778899");
        assertThat(image.text()).isEqualTo(MetaMessageFormat.ATTACHMENT_ONLY);
    }

    @Test
    void instagramCommentsAndMentionsBecomePosts() throws IOException {
        WebhookItems split = split("instagram-comments.json");

        assertThat(split.items()).extracting(RawPost::postId)
                .containsExactly("instagram:17900000000000001", "instagram:17900000000000002");
        assertThat(split.ignored()).isEmpty();
        SocialPost mention = new InstagramMentionFormat().normalise(split.items().get(1));
        assertThat(mention.kind()).isEqualTo(PostKind.PUBLIC_MENTION);
        assertThat(mention.text()).startsWith("@acmeair my bag went to Oslo");
        assertThat(mention.author().handle()).isEqualTo("jo.wanders");
        assertThat(mention.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:36:40Z"));
        assertThat(mention.conversationId()).isEqualTo("instagram:18000000000000002");
        SocialPost post = new InstagramCommentFormat().normalise(split.items().get(0));
        assertThat(post.platform()).isEqualTo(Platform.INSTAGRAM);
        assertThat(post.author().handle()).isEqualTo("travel.jo");
        assertThat(post.conversationId()).isEqualTo("instagram:18000000000000001");
        assertThat(post.createdAt()).isEqualTo(Instant.ofEpochSecond(1795343800));
    }

    @Test
    void anUnknownObjectIsRejected() {
        assertThat(catchThrowableOfType(InvalidPostException.class,
                () -> MetaWebhook.split(Map.of("object", "whatsapp_business_account"), ACCOUNTS, MENTIONS, RECEIVED)))
                .hasMessage("object: 'whatsapp_business_account' is not one of [page, instagram]");
    }
}
