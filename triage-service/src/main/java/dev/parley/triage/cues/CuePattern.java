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
 * ({@link Matcher#hitEnd()}), whether nothing, a word character or another character precedes it, cannot
 * begin a match. Every other character is always tried.
 *
 * <p>Those three cases are all a word boundary ({@code \b}) or a negative look-behind can tell apart; a
 * positive look-behind could need any particular character before a match, so it is refused.
 */
public final class CuePattern {
    private static final int TABLE = 256;
    /** What may precede a position, as far as {@code \b} and negative look-behinds can tell. */
    private static final List<String> BEFORE = List.of("", "a", " ");

    private final Pattern pattern;
    private final boolean[] canBegin = new boolean[TABLE];
    /** Whether the pattern can match the empty text at the end of a post ({@code find} tries there too). */
    private final boolean canMatchAtEnd;

    private CuePattern(Pattern pattern) {
        if (pattern.pattern().contains("(?<=")) {
            throw new IllegalArgumentException("a cue pattern cannot look behind for what must precede it: " + pattern);
        }
        this.pattern = pattern;
        for (char c = 0; c < TABLE; c++) {
            canBegin[c] = mayMatch(String.valueOf(c));
        }
        canMatchAtEnd = mayMatch("");
    }

    /** Whether a match can begin with {@code first} (or, when it is empty, at the end of the input). */
    private boolean mayMatch(String first) {
        for (String before : BEFORE) {
            Matcher probe = matcher(before + first);
            probe.region(before.length(), before.length() + first.length());
            if (probe.lookingAt() || (!first.isEmpty() && probe.hitEnd())) {
                return true;
            }
        }
        return false;
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
        int end = canMatchAtEnd ? text.length() : text.length() - 1;
        for (int start = from; start <= end; start++) {
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
