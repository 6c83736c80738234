package dev.parley.triage.routing;

import dev.parley.events.DetectedLanguage;
import dev.parley.events.Priority;
import dev.parley.events.Routing;
import dev.parley.events.SocialPost;
import dev.parley.events.TopicMatch;
import dev.parley.triage.language.LanguageIdentifier;
import dev.parley.triage.topic.TopicDefinition;
import dev.parley.triage.topic.TopicTaxonomy;
import java.util.ArrayList;
import java.util.List;

/**
 * Routing hints: the team of the post's most likely topic (else the default team) and the skills an agent
 * needs: the language, the platform, the topics, and whether it is urgent or private.
 */
public class RoutingAdvisor {
    static final int URGENT_FROM = 80;

    private final TopicTaxonomy taxonomy;
    private final String defaultTeam;
    private final String defaultLanguage;

    /**
     * @param defaultLanguage the language to answer in when the post's cannot be told
     */
    public RoutingAdvisor(TopicTaxonomy taxonomy, String defaultTeam, String defaultLanguage) {
        this.taxonomy = taxonomy;
        this.defaultTeam = defaultTeam;
        this.defaultLanguage = defaultLanguage;
    }

    public Routing advise(SocialPost post, List<TopicMatch> topics, DetectedLanguage language, Priority priority) {
        String team = topics.stream().findFirst()
                .flatMap(top -> taxonomy.topic(top.topic()))
                .map(TopicDefinition::team)
                .orElse(defaultTeam);
        String answerIn = language.tag().equals(LanguageIdentifier.UNDETERMINED) ? defaultLanguage : language.tag();
        List<String> skills = new ArrayList<>();
        skills.add("language:" + answerIn);
        skills.add("platform:" + post.platform().wireName());
        topics.forEach(topic -> skills.add("topic:" + topic.topic()));
        if (post.kind().isPrivate()) {
            skills.add("private-messages");
        }
        if (priority.score() >= URGENT_FROM) {
            skills.add("priority:urgent");
        }
        return new Routing(team, skills, answerIn);
    }
}
