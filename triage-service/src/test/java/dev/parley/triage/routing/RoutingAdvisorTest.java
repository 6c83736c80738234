package dev.parley.triage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.DetectedLanguage;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Routing;
import dev.parley.events.SocialPost;
import dev.parley.events.TopicMatch;
import dev.parley.triage.topic.TopicDefinition;
import dev.parley.triage.topic.TopicTaxonomy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingAdvisorTest {
    private final RoutingAdvisor advisor = new RoutingAdvisor(new TopicTaxonomy(List.of(
            new TopicDefinition("lost-luggage", "baggage", List.of("bag")),
            new TopicDefinition("refunds", null, List.of("refund"))), null), "customer-care", "en");

    private static SocialPost post(PostKind kind) {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        return new SocialPost("x:1", "acme-air", Platform.X, "1", kind, new Author("a", "h", null, 1, false), "text",
                null, t, t, null, "x:1", null);
    }

    @Test
    void theMainTopicsTeamWithLanguagePlatformAndTopicSkills() {
        Routing routing = advisor.advise(post(PostKind.DIRECT_MESSAGE),
                List.of(new TopicMatch("lost-luggage", 0.8, "keywords", List.of("bag")),
                        new TopicMatch("refunds", 0.6, "keywords", List.of("refund"))),
                new DetectedLanguage("es", 0.9, "detected"), new Priority(85, List.of()));

        assertThat(routing).isEqualTo(new Routing("baggage", List.of("language:es", "platform:x", "topic:lost-luggage",
                "topic:refunds", "private-messages", "priority:urgent"), "es"));
    }

    @Test
    void withoutATopicOrALanguageTheDefaultsApply() {
        Routing routing = advisor.advise(post(PostKind.PUBLIC_MENTION),
                List.of(new TopicMatch("refunds", 0.6, "keywords", List.of("refund"))),
                new DetectedLanguage("und", 0, "detected"), new Priority(30, List.of()));

        assertThat(routing).isEqualTo(new Routing("customer-care", List.of("language:en", "platform:x", "topic:refunds"), "en"));
    }
}
