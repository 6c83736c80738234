package dev.parley.triage.sentiment;

import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.triage.model.TextClassifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentiment from a small customer-service lexicon: each known word has a weight, a negation within
 * the three previous words flips it, an intensifier just before it scales it. The sum, squashed into
 * -1..1, gives the label. Deliberately simple: the walking skeleton's baseline, replaced by trained
 * models in triage issue #4.
 */
public class LexiconSentimentClassifier implements TextClassifier {
    public static final String MODEL = "lexicon-v1";
    private static final List<String> LABELS = Arrays.stream(SentimentLabel.values()).map(SentimentLabel::wireName).toList();

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|[!?]");
    private static final double NEUTRAL_BAND = 0.15;
    /** A negation flips the sentiment words up to this many words after it ("not very good"). */
    private static final int NEGATION_REACH = 3;

    private static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("thanks", 1.5), Map.entry("thank", 1.5), Map.entry("great", 2.0), Map.entry("love", 2.5),
            Map.entry("awesome", 2.5), Map.entry("amazing", 2.5), Map.entry("excellent", 2.5),
            Map.entry("helpful", 2.0), Map.entry("good", 1.5), Map.entry("happy", 2.0), Map.entry("best", 2.0),
            Map.entry("perfect", 2.5), Map.entry("appreciate", 2.0), Map.entry("fast", 1.0), Map.entry("nice", 1.5),
            Map.entry("friendly", 2.0), Map.entry("resolved", 1.5), Map.entry("fixed", 1.0), Map.entry("kind", 1.5),
            Map.entry("bad", -2.0), Map.entry("worst", -3.0), Map.entry("terrible", -3.0), Map.entry("awful", -3.0),
            Map.entry("horrible", -3.0), Map.entry("hate", -3.0), Map.entry("angry", -2.5), Map.entry("furious", -3.0),
            Map.entry("disappointed", -2.5), Map.entry("disappointing", -2.5), Map.entry("delayed", -1.5),
            Map.entry("delay", -1.5), Map.entry("cancelled", -2.0), Map.entry("canceled", -2.0),
            Map.entry("lost", -2.0), Map.entry("broken", -2.0), Map.entry("refund", -1.0), Map.entry("rude", -2.5),
            Map.entry("useless", -3.0), Map.entry("never", -1.0), Map.entry("waiting", -1.5), Map.entry("wait", -1.0),
            Map.entry("scam", -3.0), Map.entry("ridiculous", -2.5), Map.entry("unacceptable", -3.0),
            Map.entry("problem", -1.5), Map.entry("issue", -1.0), Map.entry("fail", -2.0), Map.entry("failed", -2.0),
            Map.entry("stuck", -2.0), Map.entry("wrong", -2.0), Map.entry("charged", -1.0), Map.entry("sucks", -3.0),
            Map.entry("poor", -2.0), Map.entry("slow", -1.5), Map.entry("frustrated", -2.5), Map.entry("frustrating", -2.5),
            Map.entry("annoyed", -2.0), Map.entry("missing", -1.5), Map.entry("damaged", -2.0), Map.entry("!", -0.2));
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "don't", "doesn't", "didn't", "isn't",
            "wasn't", "won't", "can't", "cannot", "couldn't", "nothing", "hardly");
    private static final Map<String, Double> INTENSIFIERS = Map.of("very", 1.5, "so", 1.4, "really", 1.4,
            "extremely", 1.8, "totally", 1.5, "absolutely", 1.6, "super", 1.4, "too", 1.3);

    public Sentiment classify(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        double sum = 0;
        int matched = 0;
        String previous = "";
        int wordsSinceNegation = NEGATION_REACH + 1;
        while (words.find()) {
            String word = words.group();
            Double weight = WEIGHTS.get(word);
            if (weight != null) {
                double scaled = weight * INTENSIFIERS.getOrDefault(previous, 1.0);
                boolean negated = wordsSinceNegation <= NEGATION_REACH && !word.equals("!");
                sum += negated ? -scaled * 0.7 : scaled;
                matched++;
            }
            wordsSinceNegation = NEGATIONS.contains(word) ? 1 : wordsSinceNegation + 1;
            previous = word;
        }
        double score = Math.tanh(sum / 3.0);
        SentimentLabel label = score <= -NEUTRAL_BAND ? SentimentLabel.NEGATIVE
                : score >= NEUTRAL_BAND ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        // Few matched words means little evidence either way.
        double evidence = 1 - Math.exp(-matched / 2.0);
        double confidence = label == SentimentLabel.NEUTRAL ? 0.5 * (1 - evidence) + 0.4
                : 0.5 + 0.5 * Math.abs(score) * evidence;
        return new Sentiment(label, round(score), round(Math.min(confidence, 1.0)));
    }

    @Override
    public String name() {
        return MODEL;
    }

    @Override
    public List<String> labels() {
        return LABELS;
    }

    /** The label, its confidence as its probability, the rest shared by the other labels. */
    @Override
    public Prediction predict(String text) {
        Sentiment sentiment = classify(text);
        double[] probabilities = new double[LABELS.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = i == sentiment.label().ordinal() ? sentiment.confidence()
                    : (1 - sentiment.confidence()) / (probabilities.length - 1);
        }
        return new Prediction(sentiment.label().wireName(), probabilities);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
