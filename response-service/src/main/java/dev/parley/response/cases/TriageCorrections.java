package dev.parley.response.cases;

import dev.parley.events.IntentLabel;
import dev.parley.events.SentimentLabel;
import dev.parley.events.TriageCorrection;
import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.events.WireEnum;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * An agent corrects what triage found in a post: the correction is kept with the post and published for
 * triage's feedback loop (retraining, drift). The model's value stays as triage gave it.
 */
public class TriageCorrections {
    /** An agent who finds no topic of the taxonomy in the post says so with this. */
    public static final String NO_TOPIC = "none";
    private static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final CaseRepository cases;
    private final CaseEvents events;
    private final Clock clock;

    public TriageCorrections(CaseRepository cases, CaseEvents events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException   when the case or the post in it does not exist
     * @throws IllegalArgumentException when the value is not one the field can take
     */
    public TriageCorrection correct(String caseId, String postId, CorrectedField field, String value, String agentId) {
        Case target = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        CasePost post = cases.posts(caseId).stream().filter(p -> p.postId().equals(postId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no post " + postId + " in case " + caseId));
        String modelValue = switch (field) {
            case SENTIMENT -> {
                WireEnum.parse(SentimentLabel.class, value);
                yield post.sentiment().wireName();
            }
            case INTENT -> {
                WireEnum.parse(IntentLabel.class, value);
                yield post.intent() == null ? IntentLabel.OTHER.wireName() : post.intent().wireName();
            }
            case TOPIC -> {
                if (!TOPIC_ID.matcher(value).matches()) {
                    throw new IllegalArgumentException("a topic is a taxonomy id (lower-case letters, digits, dashes) "
                            + "or '" + NO_TOPIC + "', not '" + value + "'");
                }
                yield post.topics().isEmpty() ? NO_TOPIC : post.topics().get(0);
            }
        };
        TriageCorrection correction = new TriageCorrection(postId, target.brand(), post.text(), field, modelValue, value,
                post.triageModel(), agentId, clock.instant());
        cases.recordCorrection(correction);
        events.triageCorrected(correction);
        return correction;
    }
}
