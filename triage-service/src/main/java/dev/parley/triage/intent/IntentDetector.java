package dev.parley.triage.intent;

import dev.parley.events.Intent;
import dev.parley.events.IntentLabel;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.WireEnum;
import dev.parley.triage.cues.CuePattern;
import dev.parley.triage.model.TextClassifier;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the customer wants. A trained intent model (any {@code ./parley triage train} model whose labels are
 * intents) decides when one is configured and sure; otherwise rules over the wording and the sentiment:
 * a suggestion is feedback, "please / can you / I need" a request, a question mark or a question word a
 * question, a negative post a complaint, a positive one praise.
 */
public class IntentDetector {
    private static final CuePattern FEEDBACK = CuePattern.compile("\\b(suggest(ion)?|would be (nice|great|good|better|helpful)|"
            + "you (should|could|might want to)|please add|feature|wish (you|there)|it would help|idea|consider|"
            + "feedback|improve(ment)?|bring back)\\b");
    private static final CuePattern REQUEST = CuePattern.compile("\\b(please|pls|plz|can you|could you|would you|i need|we need|"
            + "i want|i'd like|i would like|dm me|send me|call me|refund|reimburse\\w*|compensat\\w*|cancel my|change my|"
            + "rebook|help me|fix (this|it)|let me know|get back to me|follow ?up)\\b");
    private static final Pattern QUESTION_START = Pattern.compile("^(how|what|when|where|why|who|which|is|are|do|does|did|"
            + "can|could|will|would|should|any)\\b");
    private static final Pattern HANDLES = Pattern.compile("^(\\s*[@#]\\w+)+\\s*");
    private static final CuePattern COMPLAINT_TERMS = CuePattern.compile("\\b(delay\\w*|cancel+ed|lost|broken|damaged|late|"
            + "waiting|wait|stuck|missed|never|worst|terrible|awful|rude|charged|overcharged|wrong|fail\\w*|crash\\w*|"
            + "not working|doesn't work|didn't|still|again|problem|issue|complain\\w*)\\b");
    private static final double MODEL_MIN_CONFIDENCE = 0.5;

    private final TextClassifier model;

    /** @param model a trained intent model, or null for the rules alone */
    public IntentDetector(TextClassifier model) {
        if (model != null) {
            checkLabels(model.labels());
        }
        this.model = model;
    }

    /** Refuses models that label anything but intents. */
    public static void checkLabels(List<String> labels) {
        labels.forEach(label -> WireEnum.parse(IntentLabel.class, label));
    }

    public Intent detect(String text, Sentiment sentiment) {
        if (model != null) {
            TextClassifier.Prediction prediction = model.predict(text);
            double confidence = prediction.confidence();
            if (confidence >= MODEL_MIN_CONFIDENCE) {
                return new Intent(WireEnum.parse(IntentLabel.class, prediction.label()), round(confidence));
            }
        }
        return byRules(text.toLowerCase(Locale.ROOT), sentiment);
    }

    private static Intent byRules(String lower, Sentiment sentiment) {
        String body = HANDLES.matcher(lower).replaceFirst("");
        boolean negative = sentiment.label() == SentimentLabel.NEGATIVE;
        boolean complaintWords = COMPLAINT_TERMS.find(body).isPresent();
        if (FEEDBACK.find(body).isPresent() && !(negative && complaintWords)) {
            return new Intent(IntentLabel.FEEDBACK, 0.7);
        }
        if (negative && complaintWords && sentiment.confidence() >= 0.6) {
            return new Intent(IntentLabel.COMPLAINT, round(0.6 + 0.3 * sentiment.confidence()));
        }
        if (REQUEST.find(body).isPresent()) {
            return new Intent(IntentLabel.REQUEST, 0.75);
        }
        if (body.contains("?") || QUESTION_START.matcher(body).find()) {
            return new Intent(IntentLabel.QUESTION, body.contains("?") ? 0.8 : 0.6);
        }
        if (negative) {
            return new Intent(IntentLabel.COMPLAINT, round(0.5 + 0.3 * sentiment.confidence()));
        }
        if (sentiment.label() == SentimentLabel.POSITIVE) {
            return new Intent(IntentLabel.PRAISE, round(0.5 + 0.3 * sentiment.confidence()));
        }
        return new Intent(IntentLabel.OTHER, 0.5);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
