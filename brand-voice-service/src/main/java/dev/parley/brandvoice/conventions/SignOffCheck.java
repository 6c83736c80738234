package dev.parley.brandvoice.conventions;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.SignOff;
import dev.parley.events.Verdict;

/** Replies end with the agent's sign-off where the brand signs them (so customers know a person answered). */
public class SignOffCheck implements CheckRule {

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        SignOff signOff = profile.signOff();
        if (signOff == null || draft.privateChannel() && !signOff.privateChannels()) {
            return;
        }
        if (!signOff.atEnd().matcher(draft.text()).find()) {
            findings.missing("sign-off", Verdict.WARN, "the reply is not signed the brand's way",
                    "end with your sign-off, e.g. " + signOff.example());
        }
    }
}
