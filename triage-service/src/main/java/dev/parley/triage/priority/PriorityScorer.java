package dev.parley.triage.priority;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Feeling;
import dev.parley.events.Feelings;
import dev.parley.events.Intent;
import dev.parley.events.Priority;
import dev.parley.events.Risk;
import dev.parley.events.RiskKind;
import dev.parley.events.Screening;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.triage.cues.CuePattern;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Priority 0..100 as a base plus named contributions, so an agent sees why a post ranks where it does:
 * sentiment intensity, strong feelings, intent, urgency and risk terms, the author's reach, the post's
 * virality, VIP lists and how long the customer has waited. Spam, bots and irrelevant posts are capped low.
 */
public class PriorityScorer {
    static final int BASE = 20;
    static final int SCREENED_OUT_CAP = 10;
    private static final CuePattern URGENCY = CuePattern.compile("\\b(urgent(ly)?|asap|emergency|immediately|right now|"
            + "stranded|stuck|missed (my|our) (flight|connection)|boarding (now|soon|in)|leaves in|departs in|"
            + "today|tonight|in \\d+ (min|mins|minutes|hours?))\\b");
    /** Risk terms by kind: a post that names one can hurt the customer or the brand. */
    private static final Map<RiskKind, CuePattern> RISKS = riskTerms();
    private static final Map<RiskKind, Integer> RISK_POINTS = Map.of(RiskKind.SAFETY, 25, RiskKind.LEGAL, 25,
            RiskKind.HEALTH, 20, RiskKind.MEDIA, 20);

    private final Set<String> vipAuthors;

    /** @param vipAuthors author ids or handles (without {@code @}) whose posts come first */
    public PriorityScorer(Set<String> vipAuthors) {
        this.vipAuthors = Set.copyOf(vipAuthors.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }

    private static Map<RiskKind, CuePattern> riskTerms() {
        Map<RiskKind, CuePattern> risks = new EnumMap<>(RiskKind.class);
        risks.put(RiskKind.SAFETY, CuePattern.compile("\\b(unsafe|danger\\w*|fire|smoke|injur\\w*|hurt|accident|emergency landing|"
                + "turbulence injur\\w*|assault\\w*|harass\\w*|threat\\w*|safety)\\b"));
        risks.put(RiskKind.LEGAL, CuePattern.compile("\\b(lawyers?|attorney|lawsuit|sue|suing|legal action|court|ombudsman|"
                + "regulator|small claims|discriminat\\w*|gdpr|consumer rights|chargeback)\\b"));
        risks.put(RiskKind.HEALTH, CuePattern.compile("\\b(allerg\\w*|medication|medicine|insulin|wheelchair|disabled|disability|"
                + "pregnan\\w*|medical|hospital|diabet\\w*|oxygen|food poisoning)\\b"));
        risks.put(RiskKind.MEDIA, CuePattern.compile("\\b(journalists?|reporters?|press|news|media|going viral|going public|"
                + "tv|bbc|cnn|newspaper|blog post|my followers)\\b"));
        return risks;
    }

    /** One reason and its points. */
    private record Contribution(String reason, int points) {
        String text() {
            return reason + " (" + (points >= 0 ? "+" : "") + points + ")";
        }
    }

    /** The risk terms in the post, one per kind. */
    public List<Risk> risks(SocialPost post) {
        String text = post.text().toLowerCase(Locale.ROOT);
        List<Risk> found = new ArrayList<>();
        RISKS.forEach((kind, terms) -> terms.find(text).ifPresent(risk -> found.add(new Risk(kind, risk.group()))));
        return found;
    }

    /** @param risks the post's {@link #risks} */
    public Priority score(SocialPost post, Sentiment sentiment, Feelings feelings, Intent intent, Screening screening,
                          List<Risk> risks, Instant now) {
        List<Contribution> found = new ArrayList<>();
        String text = post.text().toLowerCase(Locale.ROOT);
        if (sentiment.label() == SentimentLabel.NEGATIVE) {
            found.add(new Contribution("negative sentiment", (int) Math.round(30 * Math.abs(Math.min(sentiment.score(), 0)))));
        }
        feelings.detected().stream()
                .filter(f -> f.intensity() >= 0.5 && (f.feeling() == Feeling.ANGER || f.feeling() == Feeling.ANXIETY))
                .forEach(f -> found.add(new Contribution(f.feeling().wireName() + " " + f.cues(),
                        f.feeling() == Feeling.ANGER ? 10 : 8)));
        found.add(new Contribution(intent.label().wireName(), switch (intent.label()) {
            case COMPLAINT -> 10;
            case REQUEST -> 8;
            case QUESTION -> 5;
            case FEEDBACK -> 0;
            case PRAISE -> -10;
            case OTHER -> -5;
        }));
        URGENCY.find(text).ifPresent(urgency ->
                found.add(new Contribution("urgent: \"" + urgency.group() + "\"", 15)));
        risks.forEach(risk -> found.add(new Contribution(risk.kind().wireName() + " risk: \"" + risk.term() + "\"",
                RISK_POINTS.get(risk.kind()))));
        influence(post.author(), found);
        virality(post.engagement(), found);
        if (vipAuthors.contains(post.author().id().toLowerCase(Locale.ROOT))
                || (post.author().handle() != null && vipAuthors.contains(post.author().handle().toLowerCase(Locale.ROOT)))) {
            found.add(new Contribution("VIP customer", 25));
        }
        waiting(post.createdAt(), now, found);
        if (post.kind().isPrivate()) {
            found.add(new Contribution("direct message", 5));
        }
        found.removeIf(c -> c.points() == 0);
        found.sort(Comparator.comparingInt((Contribution c) -> Math.abs(c.points())).reversed());
        int score = Math.max(0, Math.min(100, BASE + found.stream().mapToInt(Contribution::points).sum()));
        List<String> reasons = new ArrayList<>(found.stream().map(Contribution::text).toList());
        if (screening.flagged()) {
            score = Math.min(score, SCREENED_OUT_CAP);
            reasons.add(0, screening.label().wireName() + ": " + screening.reason() + " (capped at " + SCREENED_OUT_CAP + ")");
        }
        reasons.add("base " + BASE);
        return new Priority(score, reasons);
    }

    private static void influence(Author author, List<Contribution> found) {
        if (author.followers() >= 10_000) {
            int points = author.followers() >= 1_000_000 ? 25 : author.followers() >= 100_000 ? 20 : 10;
            found.add(new Contribution(String.format(Locale.ROOT, "%,d followers", author.followers()), points));
        }
        if (author.verified()) {
            found.add(new Contribution("verified author", 10));
        }
    }

    private static void virality(Engagement engagement, List<Contribution> found) {
        if (engagement == null) {
            return;
        }
        long spread = engagement.shares() + engagement.replies();
        if (spread >= 10) {
            int points = spread >= 1000 ? 25 : spread >= 100 ? 15 : 5;
            found.add(new Contribution(spread + " shares and replies", points));
        }
    }

    /** +3 for every 15 minutes since the customer posted, up to +20. */
    private static void waiting(Instant postedAt, Instant now, List<Contribution> found) {
        long minutes = Duration.between(postedAt, now).toMinutes();
        if (minutes >= 15) {
            found.add(new Contribution("waiting " + (minutes >= 120 ? minutes / 60 + " h" : minutes + " min"),
                    (int) Math.min(20, minutes / 15 * 3)));
        }
    }
}
