package dev.parley.ingestion.web;

import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.support.messaging.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/posts}: one post in Parley's generic JSON form. Checked here so a bad post gets
 * its 400 at once; 202 once Kafka holds it on the raw topic, from where it is published exactly once.
 */
@RestController
public class PostController {
    static final String CHANNEL = "api:posts";

    private final GenericPostParser parser;
    private final EventPublisher publisher;
    private final ChannelHealth health;
    private final Clock clock;

    public PostController(GenericPostParser parser, EventPublisher publisher, ChannelHealth health, Clock clock) {
        this.parser = parser;
        this.publisher = publisher;
        this.health = health;
        this.clock = clock;
    }

    @PostMapping("/api/v1/posts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Accepted accept(@RequestBody Map<String, Object> body) {
        Instant now = clock.instant();
        SocialPost post = parser.parse(body, now);
        publisher.publish(Topic.POSTS_RAW, post.postId(),
                new RawPost(post.postId(), GenericPostParser.SOURCE, post.platform(), post.brand(), now, body, Map.of()));
        health.succeeded(CHANNEL, 1, now);
        return new Accepted(post.postId(), post.conversationId());
    }

    public record Accepted(String postId, String conversationId) {
    }
}
