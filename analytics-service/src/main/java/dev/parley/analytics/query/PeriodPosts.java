package dev.parley.analytics.query;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.support.kafka.TopicReplay;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A brand's counted posts of a period, straight from {@code parley.posts.triaged} (kept 30 days), for the views
 * that need posts rather than counts (samples, community profiles): each partition is read from the first record
 * written at or after the period's start (no post accepted in the period was triaged before it) to its end. Spam,
 * bots and off-topic posts are left out, as they are from every KPI. A record deleted or unreadable is skipped.
 */
public class PeriodPosts {
    private final String bootstrapServers;
    private final JsonMapper json;

    public PeriodPosts(String bootstrapServers, JsonMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** Hands every counted post of the brand received in [from, to) to {@code each}, partition by partition. */
    public void forEach(String brand, Instant from, Instant to, Consumer<TriagedPost> each) {
        TopicReplay.readFromTime(bootstrapServers, Topic.POSTS_TRIAGED.topicName(), from,
                (key, value) -> counted(value, brand, from, to).ifPresent(each));
    }

    private Optional<TriagedPost> counted(String value, String brand, Instant from, Instant to) {
        TriagedPost triaged;
        try {
            triaged = json.readValue(value, TriagedPost.class);
        } catch (RuntimeException e) {
            // Unreadable records are parked on the dead-letter topic by the topology; nothing to count here.
            return Optional.empty();
        }
        var post = triaged.post();
        boolean wanted = post.brand().equals(brand) && !post.receivedAt().isBefore(from)
                && post.receivedAt().isBefore(to) && !PostFacts.excluded(triaged);
        return wanted ? Optional.of(triaged) : Optional.empty();
    }
}
