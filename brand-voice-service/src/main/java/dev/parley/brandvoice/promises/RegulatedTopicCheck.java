package dev.parley.brandvoice.promises;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.RegulatedTopic;
import dev.parley.events.Verdict;

/**
 * Refunds and consumer rights, legal threats, health and safety: when the customer or the reply brings such a topic
 * up, the reply carries the brand's required wording (a disclaimer, or for escalations the approved holding
 * statement) or does not go out.
 */
public class RegulatedTopicCheck implements CheckRule {
    public static final String RULE = "regulated-topic";

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String customer = draft.customer().text();
        for (RegulatedTopic topic : profile.regulatedTopics()) {
            boolean raised = PhrasePatterns.contains(draft.text(), topic.triggers())
                    || customer != null && PhrasePatterns.contains(customer, topic.triggers());
            if (!raised || PhrasePatterns.contains(draft.text(), topic.requiredWording())) {
                continue;
            }
            String message = topic.action() == RegulatedTopic.Action.ESCALATE
                    ? topic.name() + " must be escalated to " + topic.team() + "; only the holding statement may go out"
                    : topic.name() + " needs the required wording";
            findings.missing(RULE, Verdict.BLOCK, message, topic.requiredWording().get(0));
        }
    }
}
