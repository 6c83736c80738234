package dev.parley.triage.cues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CuePatternTest {
    /**
     * The shapes triage's cue patterns take (look-behinds, \b, ^, optional parts, digits, emoji, punctuation), and
     * some whose answer turns on exactly which character precedes a match.
     */
    private static final List<String> PATTERNS = List.of(
            "(?<![\\p{L}])(angry|pissed( off)?|rip ?off|wtf|liars?)(?![\\p{L}])",
            "(?<![\\p{L}])(frustrat\\w*|still (waiting|no)|(third|\\d+(st|nd|rd|th)) time|(\\d+|two) (days|hours))(?![\\p{L}])",
            "(?<![\\p{L}])(thank(s| you)|ty|\\u2764\\ufe0f?|\\ud83d\\ude4f|\\?\\?+)(?![\\p{L}])",
            "(?<![\\p{L}\\p{N}])(wi-fi|delay\\p{L}*|gate 4)(?![\\p{L}\\p{N}])",
            "\\b(great|love|thank you|good job)\\b",
            "thanks for nothing|yeah,? right|oh (great|joy)|/s\\b|#not\\b|\\bgotta love",
            "\\b\\p{Lu}{4,}\\b",
            "^(how|what|is)\\b",
            "\\b[,.!]",
            "\\b(earn \\$?\\d+|100% (free|guaranteed)|in \\d+ (min|hours?))\\b",
            "x*",
            "(?<!a)b+",
            "(?<!not )good",
            "(?m)^(is|how)\\b",
            "\\Bing\\b");
    private static final List<String> WORDS = List.of("angry", "pissed", "off", "rip", "ripoff", "wtf", "liar", "liars",
            "frustrated", "still", "waiting", "no", "third", "21st", "3rd", "time", "2", "two", "days", "hours", "thanks",
            "thank", "you", "ty", "typo", "\u2764\ufe0f", "\u2764", "\ud83d\ude4f", "??", "???", "?", "wi-fi", "delayed",
            "gate", "4", "great", "love", "good", "job", "for", "nothing", "yeah,", "yeah", "right", "oh", "joy", "/s",
            "#not", "gotta", "WORST", "AWFUL", "how", "what", "is", "earn", "$50", "50", "100%", "free", "in", "10",
            "min", "x", "xx", "café", "naïve", "straße", "@acme", "#fail", "http://t.co/x", "!!", "...", ",", "ÉNORME",
            "ab", "abba", "b", "not", "going", "ing", "ring", "\u0101b", "\u4e2d\u6587");

    @Test
    void findsAndReplacesExactlyWhatMatcherDoes() {
        Random random = new Random(42);
        for (String regex : PATTERNS) {
            Pattern pattern = Pattern.compile(regex);
            CuePattern cues = CuePattern.compile(regex);
            for (int i = 0; i < 2_000; i++) {
                String text = randomText(random);

                assertThat(describe(cues.findAll(text))).as(regex + " in \"" + text + "\"")
                        .isEqualTo(describe(allFound(pattern.matcher(text))));
                int from = random.nextInt(text.length() + 1);
                Matcher fromThere = pattern.matcher(text);
                assertThat(cues.find(text, from).map(CuePatternTest::describe))
                        .as(regex + " from " + from + " in \"" + text + "\"")
                        .isEqualTo(fromThere.find(from) ? java.util.Optional.of(describe(fromThere)) : java.util.Optional.empty());
                assertThat(cues.replaceAll(text, m -> "$<" + m.group() + ">")).as(regex + " replaced in \"" + text + "\"")
                        .isEqualTo(pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement("$<" + m.group() + ">")));
            }
        }
    }

    @Test
    void refusesAPatternThatNeedsWhatPrecedesIt() {
        assertThatThrownBy(() -> CuePattern.compile("(?<=@)acme")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("look behind");
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(12);
        for (int w = 0; w < words; w++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            text.append(random.nextInt(10) == 0 ? word.toUpperCase() : word);
            text.append(switch (random.nextInt(8)) {
                case 0 -> "";
                case 1 -> ". ";
                case 2 -> "!";
                case 3 -> "\n";
                default -> " ";
            });
        }
        return text.toString();
    }

    private static List<MatchResult> allFound(Matcher matcher) {
        List<MatchResult> all = new ArrayList<>();
        while (matcher.find()) {
            all.add(matcher.toMatchResult());
        }
        return all;
    }

    private static List<String> describe(List<MatchResult> matches) {
        return matches.stream().map(CuePatternTest::describe).toList();
    }

    private static String describe(MatchResult match) {
        StringBuilder groups = new StringBuilder(match.start() + "-" + match.end());
        for (int g = 0; g <= match.groupCount(); g++) {
            groups.append('|').append(match.group(g));
        }
        return groups.toString();
    }
}
