package dev.parley.brandvoice.empathy;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.events.Feeling;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply to an upset customer acknowledges how they feel. A stock apology ("sorry for any inconvenience") does not
 * count: customers read it as a form letter.
 */
public class EmpathyCheck implements CheckRule {
    public static final String MISSING = "empathy-missing";
    public static final String TEMPLATE_ONLY = "empathy-template-only";

    private static final Pattern ACKNOWLEDGEMENTS = PhrasePatterns.anyOf(List.of("I understand",
            "I completely understand",
            "I can understand", "I can see why", "I can see how", "I can imagine", "I can only imagine", "I hear you",
            "that sounds", "must be", "must have been", "I know how", "we know how", "understandably", "understandable",
            "frustrating", "frustrated", "frustration", "stressful", "upsetting", "upset", "worrying", "worried",
            "disappointing", "disappointed", "annoying", "maddening", "not the experience", "not what you expected",
            "not okay", "not ok", "you're right", "you are right", "rightly", "I'd feel the same",
            "I would feel the same", "sorry to hear", "so sorry", "really sorry", "truly sorry", "very sorry",
            "sorry that you", "sorry you", "sorry about", "I'm sorry", "I am sorry", "that's awful", "that is awful", "that's not good enough",
            "not good enough", "let you down", "let down"));
    private static final Pattern STOCK_APOLOGIES = PhrasePatterns.anyOf(List.of("sorry for any inconvenience",
            "sorry for the inconvenience", "apologize for any inconvenience", "apologise for any inconvenience",
            "apologize for the inconvenience", "apologise for the inconvenience", "apologies for any inconvenience",
            "apologies for the inconvenience", "regret any inconvenience", "sorry for any trouble",
            "we apologize for the delay", "we apologise for the delay", "thank you for your patience",
            "thanks for your patience", "we value your feedback", "we appreciate your feedback"));

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        if (!draft.customer().upset() || ACKNOWLEDGEMENTS.matcher(draft.text()).find()) {
            return;
        }
        String feeling = feelingWord(draft.customer().feelings());
        String suggestion = "name it first, e.g. 'I can see how " + feeling + " this is'";
        Matcher stock = STOCK_APOLOGIES.matcher(draft.text());
        if (stock.find()) {
            findings.warn(TEMPLATE_ONLY, "the customer is upset and a stock apology is all the reply offers",
                    stock.start(), stock.end(), suggestion);
        } else {
            findings.warn(MISSING, "the customer is upset and the reply does not acknowledge it", 0, 0, suggestion);
        }
    }

    private static String feelingWord(List<Feeling> feelings) {
        if (feelings.contains(Feeling.ANXIETY)) {
            return "worrying";
        }
        return feelings.contains(Feeling.ANGER) || feelings.contains(Feeling.FRUSTRATION) ? "frustrating"
                : "disappointing";
    }
}
