package dev.parley.triage.priority;

import dev.parley.events.Author;
import dev.parley.events.Priority;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Priority 0..100 as a sum of named contributions, so an agent sees why a post ranks where it does.
 * Triage issue #4 adds intent, urgency, virality and waiting time.
 */
public class PriorityScorer {
    private static final int BASE = 20;
    private static final Pattern RISK_TERMS = Pattern.compile(
            "\\b(lawyer|lawsuit|sue|legal|injur\\w*|unsafe|danger\\w*|fire|police|journalist|press|news)\\b");

    public Priority score(SocialPost post, Sentiment sentiment) {
        List<String> reasons = new ArrayList<>();
        int score = BASE;
        if (sentiment.label() == SentimentLabel.NEGATIVE) {
            int points = (int) Math.round(30 * Math.abs(sentiment.score()));
            score += points;
            reasons.add("negative sentiment (+" + points + ")");
        }
        if (RISK_TERMS.matcher(post.text().toLowerCase(Locale.ROOT)).find()) {
            score += 25;
            reasons.add("risk terms: legal, safety or media (+25)");
        }
        score += influence(post.author(), reasons);
        if (post.kind().isPrivate()) {
            score += 5;
            reasons.add("direct message (+5)");
        }
        if (reasons.isEmpty()) {
            reasons.add("no urgency signals (base " + BASE + ")");
        }
        return new Priority(Math.min(score, 100), reasons);
    }

    private static int influence(Author author, List<String> reasons) {
        int points = 0;
        if (author.followers() >= 10_000) {
            points += author.followers() >= 100_000 ? 20 : 10;
            reasons.add(author.followers() + " followers (+" + points + ")");
        }
        if (author.verified()) {
            points += 10;
            reasons.add("verified author (+10)");
        }
        return points;
    }
}
