package dev.parley.triage.feelings;

import dev.parley.events.Feeling;
import dev.parley.events.Feelings;
import dev.parley.events.Feelings.FeelingScore;
import dev.parley.triage.cues.CuePattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * The customer's feelings from the words and signs of a post: each feeling has cue phrases; more cues,
 * shouting (capitals, "!!!") and intensifiers make it stronger. Sarcasm is praise wrapped around a
 * complaint ("great, another delay") or one of its fixed phrases ("thanks for nothing").
 */
public class FeelingDetector {
    private static final Map<Feeling, CuePattern> CUES = new EnumMap<>(Map.of(
            Feeling.ANGER, cues("angry|furious|livid|outraged|pissed( off)?|disgust(ed|ing)|disgrace(ful)?|hate|"
                    + "unacceptable|ridiculous|outrageous|joke|pathetic|worst|scam|rip ?off|shame on you|how dare|"
                    + "never again|wtf|sick of|fed up|rude|incompetent|useless|liars?|lying"),
            Feeling.FRUSTRATION, cues("frustrat\\w*|annoy\\w*|still (waiting|no|not)|again|for hours|hours? (later|on hold)|"
                    + "on hold|no one|nobody|no response|no reply|no answer|keeps? (failing|crashing|happening)|"
                    + "(third|fourth|fifth|\\d+(st|nd|rd|th)) time|every time|waste of time|wasted|seriously|"
                    + "(\\d+|two|three|four|five|six) (days|weeks|hours|calls)|tired of|can't believe|cannot believe"),
            Feeling.ANXIETY, cues("worried|anxious|nervous|scared|afraid|panic\\w*|stressed|urgent(ly)?|asap|"
                    + "emergency|help( me)?!|desperate\\w*|stranded|stuck|miss(ing)? my|will i|what if|"
                    + "(need|needs) (it|this) (today|now|by)|before my|deadline"),
            Feeling.CONFUSION, cues("confus\\w*|don't understand|do not understand|doesn't make sense|makes no sense|"
                    + "unclear|not sure (how|what|why|if)|how do i|how can i|what does|why (is|was|does|did)|"
                    + "which one|\\?\\?+|lost as to|no idea"),
            Feeling.GRATITUDE, cues("thank(s| you)|thx|ty|grateful|appreciate\\w*|love (you|it|this)|amazing|awesome|"
                    + "great (job|service|crew|staff)|best|wonderful|fantastic|brilliant|excellent|lifesaver|"
                    + "kudos|shout ?out|happy|glad|delighted|\\u2764\\ufe0f?|\\ud83d\\ude4f|\\ud83d\\ude0a")));
    private static final CuePattern PRAISE = CuePattern.compile("\\b(great|love|awesome|amazing|fantastic|wonderful|brilliant|"
            + "perfect|thanks|thank you|good job|well done|nice|excellent)\\b");
    private static final CuePattern COMPLAINT = CuePattern.compile("\\b(delay(ed)?|cancel+ed|lost|broken|late|again|hours|"
            + "waiting|stuck|missed|no one|nobody|never|crash(ed|es)?|charged|overbooked|stranded|down)\\b");
    private static final CuePattern CONTRAST = CuePattern.compile("\\b(but|however|although|though|except|even if)\\b");
    private static final CuePattern SARCASM_PHRASES = CuePattern.compile("thanks for nothing|yeah,? right|just what i needed|"
            + "oh (great|wonderful|perfect|joy)|love (it )?when|(so|really) (helpful|great)[.!]* not|/s\\b|#not\\b|"
            + "\\bsaid no one ever|\\bgotta love|nothing like");
    private static final CuePattern INTENSIFIER = CuePattern.compile("\\b(so|very|really|extremely|absolutely|totally|beyond)\\b");
    private static final CuePattern SHOUTED_WORD = CuePattern.compile("\\b\\p{Lu}{4,}\\b");

    private static CuePattern cues(String alternatives) {
        return CuePattern.compile("(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])");
    }

    public Feelings detect(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sarcastic = sarcastic(lower);
        double emphasis = emphasis(text, lower);
        List<FeelingScore> found = new ArrayList<>();
        for (Map.Entry<Feeling, CuePattern> feeling : CUES.entrySet()) {
            Set<String> cues = new LinkedHashSet<>();
            feeling.getValue().findAll(lower).forEach(cue -> cues.add(cue.group(1)));
            // A sarcastic "thanks" is not gratitude.
            if (cues.isEmpty() || (sarcastic && feeling.getKey() == Feeling.GRATITUDE)) {
                continue;
            }
            double intensity = Math.min(1.0, (1 - Math.exp(-cues.size() / 1.5)) * (1 + emphasis));
            found.add(new FeelingScore(feeling.getKey(), Math.round(intensity * 100) / 100.0, List.copyOf(cues)));
        }
        if (sarcastic && found.stream().noneMatch(f -> f.feeling() == Feeling.FRUSTRATION)) {
            found.add(new FeelingScore(Feeling.FRUSTRATION, 0.5, List.of("sarcasm")));
        }
        found.sort(Comparator.comparingDouble(FeelingScore::intensity).reversed());
        return new Feelings(found, sarcastic);
    }

    /** A fixed phrase, or praise followed by a complaint with no "but" between ("great crew but delayed" is honest). */
    private static boolean sarcastic(String lower) {
        if (SARCASM_PHRASES.find(lower).isPresent()) {
            return true;
        }
        Optional<MatchResult> praise = PRAISE.find(lower);
        if (praise.isEmpty()) {
            return false;
        }
        Optional<MatchResult> complaint = COMPLAINT.find(lower, praise.get().end());
        return complaint.isPresent()
                && CONTRAST.find(lower.substring(praise.get().end(), complaint.get().start())).isEmpty();
    }

    /** 0 (calm) to 1 (shouting): capitals, repeated marks, intensifiers. */
    private static double emphasis(String text, String lower) {
        double points = 0;
        points += Math.min(2, SHOUTED_WORD.findAll(text).size()) * 0.2;
        points += text.contains("!!") || text.contains("?!") ? 0.3 : 0;
        points += Math.min(2, INTENSIFIER.findAll(lower).size()) * 0.15;
        return Math.min(1.0, points);
    }
}
