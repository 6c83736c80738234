package dev.parley.brandvoice;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.clarity.ClarityCheck;
import dev.parley.brandvoice.conventions.EmojiCheck;
import dev.parley.brandvoice.conventions.PlatformConventions;
import dev.parley.brandvoice.conventions.SignOffCheck;
import dev.parley.brandvoice.empathy.EmpathyCheck;
import dev.parley.brandvoice.phrases.BannedPhrases;
import dev.parley.brandvoice.phrases.BrandName;
import dev.parley.brandvoice.phrases.MissingReinforcement;
import dev.parley.brandvoice.privacy.PersonalDataCheck;
import dev.parley.brandvoice.promises.PromiseCheck;
import dev.parley.brandvoice.promises.RegulatedTopicCheck;
import dev.parley.brandvoice.tone.ToneCheck;
import java.util.List;

/** Every rule of the brand check, one concern each: the service, its tests and the benchmark use this list. */
public final class CheckRules {
    private CheckRules() {
    }

    public static List<CheckRule> all() {
        return List.of(new BannedPhrases(), new MissingReinforcement(), new BrandName(), new ToneCheck(),
                new EmpathyCheck(), new ClarityCheck(), new PlatformConventions(), new EmojiCheck(),
                new SignOffCheck(), new PersonalDataCheck(), new PromiseCheck(), new RegulatedTopicCheck());
    }
}
