package dev.parley.triage.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression for cue words, tried only at the positions where a match can begin; it finds exactly
 * what {@link Matcher#find()} finds. {@code find} tries the whole pattern at every position of a post, and
 * triage's cue patterns are long alternations behind a word boundary: most of their time went to positions
 * where no alternative can begin. Which characters can begin a match is asked of the pattern itself, once for
 * each Latin-1 character: one on which the pattern neither matches nor reaches the end of the input
 * ({@link Matcher#hitEnd()}) cannot begin a match. Every other character is always tried.
 *
 * <p>What precedes a position may only rule a match out (a negative look-behind, {@code \b}), never make one
 * possible, so a positive look-behind is refused.
 */
public final class CuePattern {
    private static final int TABLE = 256;

    private final Pattern pattern;
    private final boolean[] canBegin = new boolean[TABLE];

    private CuePattern(Pattern pattern) {
        if (pattern.pattern().contains("(?<=")) {
            throw new IllegalArgumentException("a cue pattern cannot look behind for what must precede it: " + pattern);
        }
        this.pattern = pattern;
        Matcher probe = pattern.matcher("");
        for (char c = 0; c < TABLE; c++) {
            probe.reset(String.valueOf(c));
            canBegin[c] = probe.lookingAt() || probe.hitEnd();
        }
    }

    public static CuePattern compile(String regex) {
        return new CuePattern(Pattern.compile(regex));
    }

    /** The first match, as {@code pattern.matcher(text).find()} gives it. */
    public Optional<MatchResult> find(CharSequence text) {
        return find(text, 0);
    }

    /** The first match starting at {@code from} or later, as {@code pattern.matcher(text).find(from)} gives it. */
    public Optional<MatchResult> find(CharSequence text, int from) {
        Matcher matcher = matcher(text);
        return matchFrom(matcher, text, from) >= 0 ? Optional.of(matcher.toMatchResult()) : Optional.empty();
    }

    /** Every match in order, as repeated {@code find()} calls give them. */
    public List<MatchResult> findAll(CharSequence text) {
        Matcher matcher = matcher(text);
        List<MatchResult> all = new ArrayList<>();
        int from = 0;
        int start;
        while ((start = matchFrom(matcher, text, from)) >= 0) {
            all.add(matcher.toMatchResult());
            from = matcher.end() > start ? matcher.end() : start + 1;
        }
        return all;
    }

    /** Where the next match at {@code from} or later starts (the matcher holds it), or -1. */
    private int matchFrom(Matcher matcher, CharSequence text, int from) {
        for (int start = from; start <= text.length(); start++) {
            if (start < text.length() && text.charAt(start) < TABLE && !canBegin[text.charAt(start)]) {
                continue;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                return start;
            }
        }
        return -1;
    }

    private Matcher matcher(CharSequence text) {
        // Transparent bounds: look-behinds and \b still see what precedes the region's start.
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
