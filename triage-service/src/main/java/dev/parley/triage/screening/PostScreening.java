package dev.parley.triage.screening;

import dev.parley.events.Author;
import dev.parley.events.Screening;
import dev.parley.events.ScreeningLabel;
import dev.parley.events.SocialPost;
import dev.parley.triage.cues.CuePattern;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags posts no agent needs to see, with the reason: promotion and scams (spam), automated accounts
 * (bots: the same text again and again, or more posts a minute than a person writes) and posts with nothing
 * to answer (irrelevant). It remembers recent posts of a bounded number of authors, the most recent ones.
 */
public class PostScreening {
    private static final CuePattern SPAM_TERMS = CuePattern.compile("\\b(free followers|buy followers|followers? for sale"
            + "|crypto|bitcoin|forex|investment opportunity|earn \\$?\\d+|make money|work from home|onlyfans|promo code"
            + "|giveaway|click (the )?link|check (out )?my (profile|page|channel|bio)|dm (me )?for (promo|collab)"
            + "|100% (free|guaranteed)|casino|betting tips|loan approval)\\b");
    private static final CuePattern LINK = CuePattern.compile("https?://\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final CuePattern HANDLE_OR_TAG = CuePattern.compile("[@#]\\w+");
    private static final int MAX_AUTHORS = 100_000;
    private static final int REPEATS_FOR_BOT = 3;
    private static final int POSTS_PER_MINUTE_FOR_BOT = 6;

    private final Map<String, Deque<Seen>> recentByAuthor = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Seen>> eldest) {
            return size() > MAX_AUTHORS;
        }
    };

    private record Seen(Instant at, int textHash) {
    }

    public synchronized Screening screen(SocialPost post) {
        String text = post.text().toLowerCase(Locale.ROOT);
        Screening bot = botLike(post.author(), post.createdAt(), text);
        if (bot != null) {
            return bot;
        }
        Optional<MatchResult> spam = SPAM_TERMS.find(text);
        if (spam.isPresent()) {
            return new Screening(ScreeningLabel.SPAM, "promotion or scam wording: \"" + spam.get().group() + "\"");
        }
        int links = LINK.findAll(text).size();
        String withoutLinksAndHandles = HANDLE_OR_TAG.replaceAll(LINK.replaceAll(text, link -> " "), handle -> " ");
        int words = 0;
        for (Matcher word = WORD.matcher(withoutLinksAndHandles); word.find(); ) {
            words++;
        }
        if (links >= 2 && words < 4) {
            return new Screening(ScreeningLabel.SPAM, links + " links and almost no text");
        }
        if (words == 0) {
            return new Screening(ScreeningLabel.IRRELEVANT, "no words to answer: only handles, hashtags, links or emoji");
        }
        return Screening.RELEVANT;
    }

    private Screening botLike(Author author, Instant at, String text) {
        Deque<Seen> recent = recentByAuthor.computeIfAbsent(author.id(), id -> new ArrayDeque<>());
        int hash = text.strip().hashCode();
        recent.addLast(new Seen(at, hash));
        while (recent.size() > POSTS_PER_MINUTE_FOR_BOT * 2
                || Duration.between(recent.peekFirst().at(), at).compareTo(Duration.ofHours(1)) > 0) {
            recent.removeFirst();
        }
        long sameText = recent.stream().filter(seen -> seen.textHash() == hash).count();
        if (sameText >= REPEATS_FOR_BOT) {
            return new Screening(ScreeningLabel.BOT, "the same text " + sameText + " times within an hour");
        }
        long lastMinute = recent.stream().filter(seen -> !seen.at().isBefore(at.minusSeconds(60))).count();
        if (lastMinute > POSTS_PER_MINUTE_FOR_BOT) {
            return new Screening(ScreeningLabel.BOT, lastMinute + " posts within a minute");
        }
        return null;
    }
}
