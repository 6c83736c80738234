package dev.parley.triage.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression for cue words, tried only at the positions where a match can begin; it finds exactly
 * what {@link Matcher#find()} finds. {@code find} tries the whole pattern at every position of a post, and
 * triage's cue patterns are long alternations behind a word boundary: most of their time went to positions
 * where no alternative can begin, mid-word ones above all. Whether a match can begin at a position is asked of
 * the pattern itself, for the character there and the one before it (both Latin-1), once for each such pair
 * met: if the pattern neither matches nor reaches the end of the input ({@link Matcher#hitEnd()}) on those two
 * characters alone, no text that has them there can match from it. Where the pair allows a match, the character
 * after is asked about the same way (a word start allows most alternatives by its first letter, far fewer by
 * its first two), since trying the pattern costs far more than the look-up. Positions next to any other
 * character are always tried.
 *
 * <p>The pair decides it for word boundaries ({@code \b}, {@code \B}), line starts and negative look-behinds
 * (a longer one cannot reject on two characters, so such a position is merely tried); a positive look-behind
 * could need more than the character before a match, so it is refused. Not supported either: a negative
 * look-behind anchored to the start of the text ({@code (?<!^a)}): the pair is a text of its own, starting with
 * the character before, so it could reject where a longer text would not.
 */
public final class CuePattern {
    private static final int LATIN_1 = 256;
    /** No character: before the start or after the end of a text. */
    private static final int NONE = -1;
    /** The answers' column for the end of the text ({@code find} tries there too). */
    private static final int END = LATIN_1;
    private static final byte UNKNOWN = 0;
    private static final byte CANNOT = 1;
    private static final byte CAN = 2;

    private final Pattern pattern;
    /**
     * Whether a match can begin at the start of a text, by its first character (or {@link #END}); filled in as
     * texts need it. Two threads may both work an answer out: it is the same answer, so the race is harmless.
     */
    private final byte[] atStart = new byte[LATIN_1 + 1];
    /** The same after each Latin-1 character, a row made when a text first needs it. */
    private final byte[][] afterChar = new byte[LATIN_1][];
    /**
     * Whether a match can begin with a given first character after a given one (or at the start of a text), by
     * its second: {@code bySecond[before + 1][first][second]}, rows made when a text first needs them.
     */
    private final byte[][][] bySecond = new byte[LATIN_1 + 1][][];

    private CuePattern(Pattern pattern) {
        if (pattern.pattern().contains("(?<=")) {
            throw new IllegalArgumentException("a cue pattern cannot look behind for what must precede it: " + pattern);
        }
        this.pattern = pattern;
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
        Search search = new Search(text, from);
        return search.next() >= 0 ? Optional.of(search.matcher.toMatchResult()) : Optional.empty();
    }

    /** Every match in order, as repeated {@code find()} calls give them. */
    public List<MatchResult> findAll(CharSequence text) {
        Search search = new Search(text, 0);
        List<MatchResult> all = List.of();
        while (search.next() >= 0) {
            if (all.isEmpty()) {
                all = new ArrayList<>();
            }
            all.add(search.matcher.toMatchResult());
        }
        return all;
    }

    /**
     * The text with every match replaced by what {@code replacement} makes of it, taken literally: what
     * {@code pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)))} gives.
     */
    public String replaceAll(CharSequence text, Function<MatchResult, String> replacement) {
        Search search = new Search(text, 0);
        StringBuilder replaced = null;
        int copied = 0;
        int start;
        while ((start = search.next()) >= 0) {
            if (replaced == null) {
                replaced = new StringBuilder(text.length());
            }
            replaced.append(text, copied, start).append(replacement.apply(search.matcher));
            copied = search.matcher.end();
        }
        return replaced == null ? text.toString() : replaced.append(text, copied, text.length()).toString();
    }

    /**
     * One search through a text. Its matcher is made at the first position worth trying: for most patterns a post
     * has none, and a matcher with its group arrays was a tenth of what triage allocated for a post.
     */
    private final class Search {
        private final CharSequence text;
        /** Holds the last match found; null until a position is tried. */
        private Matcher matcher;
        /** Where the next search starts: after the last match, or past it by one when it was empty. */
        private int from;

        Search(CharSequence text, int from) {
            this.text = text;
            this.from = from;
        }

        /** Where the next match starts (the matcher holds it), or -1. */
        int next() {
            int length = text.length();
            if (from > length) {
                return -1; // past an empty match at the end
            }
            int previous = from == 0 ? NONE : text.charAt(from - 1);
            int next = from < length ? text.charAt(from) : NONE;
            for (int start = from; start <= length; start++) {
                int second = start + 1 < length ? text.charAt(start + 1) : NONE;
                if (mayBeginBetween(previous, next) && mayBeginWith(previous, next, second)) {
                    if (matcher == null) {
                        matcher = matcher(text);
                    }
                    matcher.region(start, length);
                    if (matcher.lookingAt()) {
                        from = matcher.end() > start ? matcher.end() : start + 1;
                        return start;
                    }
                }
                previous = next;
                next = second;
            }
            return -1;
        }
    }

    /**
     * Whether a match can begin with {@code first} and {@code second} after {@code previous} ({@link #NONE} at the
     * start of a text), once {@link #mayBeginBetween} allowed the first two.
     */
    private boolean mayBeginWith(int previous, int first, int second) {
        if (second == NONE || previous >= LATIN_1 || first >= LATIN_1 || second >= LATIN_1) {
            return true;
        }
        byte[][] rows = bySecond[previous + 1];
        if (rows == null) {
            rows = new byte[LATIN_1][];
            bySecond[previous + 1] = rows;
        }
        byte[] answers = rows[first];
        if (answers == null) {
            answers = new byte[LATIN_1];
            rows[first] = answers;
        }
        return answer(answers, second, previous, first, second);
    }

    /** Whether a match can begin between two characters, either {@link #NONE} at the start or end of a text. */
    private boolean mayBeginBetween(int previous, int next) {
        if (previous >= LATIN_1 || next >= LATIN_1) {
            return true;
        }
        byte[] answers = atStart;
        if (previous != NONE) {
            answers = afterChar[previous];
            if (answers == null) {
                answers = new byte[LATIN_1 + 1];
                afterChar[previous] = answers;
            }
        }
        return answer(answers, next == NONE ? END : next, previous, next, NONE);
    }

    /**
     * {@code answers[column]}: whether a match can begin with {@code first}, then {@code second}, after
     * {@code previous} (each {@link #NONE} where there is none: no {@code first} is the end of the text), asked
     * once. The probe's text is made only then: this runs at every position of every post.
     */
    private boolean answer(byte[] answers, int column, int previous, int first, int second) {
        if (answers[column] == UNKNOWN) {
            answers[column] = mayMatch(previous, first, second) ? CAN : CANNOT;
        }
        return answers[column] == CAN;
    }

    private boolean mayMatch(int previous, int first, int second) {
        StringBuilder probeText = new StringBuilder(3);
        for (int c : new int[] {previous, first, second}) {
            if (c != NONE) {
                probeText.append((char) c);
            }
        }
        int start = previous == NONE ? 0 : 1;
        Matcher probe = matcher(probeText);
        probe.region(start, probeText.length());
        return probe.lookingAt() || (first != NONE && probe.hitEnd());
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
