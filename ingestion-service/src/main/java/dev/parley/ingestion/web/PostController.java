package dev.parley.ingestion.web;

import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.support.messaging.EventPublisher;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/posts}: one post in Parley's generic JSON form. 202 once Kafka holds it. */
@RestController
public class PostController {
    private final GenericPostParser parser;
    private final EventPublisher publisher;

    public PostController(GenericPostParser parser, EventPublisher publisher) {
        this.parser = parser;
        this.publisher = publisher;
    }

    @PostMapping("/api/v1/posts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Accepted accept(@RequestBody Map<String, Object> body) {
        SocialPost post = parser.parse(body);
        publisher.publish(Topic.POSTS, post.conversationId(), post);
        return new Accepted(post.postId(), post.conversationId());
    }

    public record Accepted(String postId, String conversationId) {
    }
}
