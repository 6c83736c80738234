package dev.parley.triage;

import dev.parley.events.DetectedLanguage;
import dev.parley.events.Feelings;
import dev.parley.events.Intent;
import dev.parley.events.Priority;
import dev.parley.events.Risk;
import dev.parley.events.Screening;
import dev.parley.events.SocialPost;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriagedPost;
import dev.parley.triage.feelings.FeelingDetector;
import dev.parley.triage.intent.IntentDetector;
import dev.parley.triage.language.LanguageIdentifier;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.routing.RoutingAdvisor;
import dev.parley.triage.screening.PostScreening;
import dev.parley.triage.sentiment.SentimentModel;
import dev.parley.triage.topic.TopicTaxonomy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Everything triage finds in one post. */
public class Triage {
    private final SentimentModel sentiment;
    private final FeelingDetector feelings;
    private final IntentDetector intents;
    private final TopicTaxonomy taxonomy;
    private final LanguageIdentifier languages;
    private final PostScreening screening;
    private final PriorityScorer priority;
    private final RoutingAdvisor routing;
    private final Clock clock;

    public Triage(SentimentModel sentiment, FeelingDetector feelings, IntentDetector intents, TopicTaxonomy taxonomy,
                  LanguageIdentifier languages, PostScreening screening, PriorityScorer priority, RoutingAdvisor routing,
                  Clock clock) {
        this.sentiment = sentiment;
        this.feelings = feelings;
        this.intents = intents;
        this.taxonomy = taxonomy;
        this.languages = languages;
        this.screening = screening;
        this.priority = priority;
        this.routing = routing;
        this.clock = clock;
    }

    public TriagedPost triage(SocialPost post) {
        return triage(post, Duration.ZERO);
    }

    /** Triages a post that has waited {@code waited} since it was accepted (long waits skip the accurate path). */
    public TriagedPost triage(SocialPost post, Duration waited) {
        SentimentModel.Classified found = sentiment.classify(post.text(), waited);
        Feelings felt = feelings.detect(post.text());
        Intent intent = intents.detect(post.text(), found.sentiment());
        List<TopicMatch> topics = taxonomy.match(post.text());
        DetectedLanguage language = languages.identify(post.text(), post.language());
        Screening screened = screening.screen(post);
        Instant now = clock.instant();
        List<Risk> risks = priority.risks(post);
        Priority urgency = priority.score(post, found.sentiment(), felt, intent, screened, risks, now);
        return new TriagedPost(post, found.sentiment(), urgency, found.model(), now, felt, intent, topics, language,
                screened, routing.advise(post, topics, language, urgency), risks);
    }
}
