package dev.parley.brandvoice.phrases;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.PreferredPhrase;
import dev.parley.brandvoice.profile.Reinforcement;
import dev.parley.events.Verdict;
import java.util.List;

/** Where the guidelines ask for it, a reply carries at least one phrase that reinforces the promise. */
public class MissingReinforcement implements CheckRule {
    public static final String RULE = "missing-reinforcement";

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        boolean asked = profile.reinforcement() == Reinforcement.ALWAYS
                || profile.reinforcement() == Reinforcement.WHEN_CUSTOMER_UPSET && draft.customer().upset();
        List<String> phrases = profile.preferredPhrases().stream().map(PreferredPhrase::phrase).toList();
        if (asked && !PhrasePatterns.contains(draft.text(), phrases)) {
            PreferredPhrase first = profile.preferredPhrases().get(0);
            findings.missing(RULE, Verdict.WARN, "no phrase that reinforces the brand promise ("
                    + profile.promise() + ")", "e.g. '" + first.phrase() + "'");
        }
    }
}
