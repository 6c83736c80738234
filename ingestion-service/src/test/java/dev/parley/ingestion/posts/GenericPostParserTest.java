package dev.parley.ingestion.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericPostParserTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final GenericPostParser parser = new GenericPostParser();

    static Map<String, Object> validPost() {
        Map<String, Object> post = new HashMap<>();
        post.put("platform", "x");
        post.put("externalId", "1001");
        post.put("brand", "acme-air");
        post.put("author", new HashMap<>(Map.of("id", "42", "handle", "@jane", "followers", 120, "verified", true)));
        post.put("text", "@AcmeAir where is my bag?");
        post.put("createdAt", "2026-11-22T11:59:00Z");
        return post;
    }

    @Test
    void normalisesAValidPost() {
        SocialPost post = parser.parse(validPost(), NOW);

        assertThat(post.postId()).isEqualTo("x:1001");
        assertThat(post.platform()).isEqualTo(Platform.X);
        assertThat(post.kind()).isEqualTo(PostKind.PUBLIC_MENTION);
        assertThat(post.author().handle()).isEqualTo("jane");
        assertThat(post.author().followers()).isEqualTo(120);
        assertThat(post.author().verified()).isTrue();
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-11-22T11:59:00Z"));
        assertThat(post.receivedAt()).isEqualTo(NOW);
        assertThat(post.conversationId()).isEqualTo("x:1001");
    }

    @Test
    void aReplyJoinsTheConversationOfThePostItAnswers() {
        Map<String, Object> json = validPost();
        json.put("externalId", "1002");
        json.put("inReplyTo", "1001");

        SocialPost reply = parser.parse(json, NOW);

        assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
        assertThat(reply.conversationId()).isEqualTo("x:1001");
    }

    @Test
    void anExplicitConversationIdWins() {
        Map<String, Object> json = validPost();
        json.put("conversationId", "thread-7");

        assertThat(parser.parse(json, NOW).conversationId()).isEqualTo("thread-7");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        Map<String, Object> json = validPost();
        json.put("platform", "myspace");
        json.remove("brand");
        json.put("text", "  ");
        json.put("createdAt", "yesterday");
        json.put("author", Map.of("followers", -3, "verified", "yes"));

        InvalidPostException e = catchThrowableOfType(InvalidPostException.class, () -> parser.parse(json, NOW));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "platform", "brand", "text", "createdAt", "author.id", "author.followers", "author.verified");
        assertThat(e.getMessage()).contains("platform: 'myspace' is not one of [x, facebook");
    }

    @Test
    void rejectsTextLongerThanTheLimit() {
        Map<String, Object> json = validPost();
        json.put("text", "a".repeat(GenericPostParser.MAX_TEXT_LENGTH + 1));

        InvalidPostException e = catchThrowableOfType(InvalidPostException.class, () -> parser.parse(json, NOW));

        assertThat(e.errors()).containsExactly(new FieldError("text", "must be at most 10000 characters"));
    }

    @Test
    void numericIdsAreAcceptedAsText() {
        Map<String, Object> json = validPost();
        json.put("externalId", 1590000000000000001L);

        assertThat(parser.parse(json, NOW).externalId()).isEqualTo("1590000000000000001");
        assertThat(List.of(parser.parse(json, NOW).postId())).containsExactly("x:1590000000000000001");
    }
}
