package dev.parley.events;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking one draft reply against a brand's guidelines. Schema {@code brand-check.v1}.
 *
 * @param checkId          unique id of the check; a reply records the check that passed it
 * @param brand            the brand whose guidelines were applied
 * @param guidelineVersion the version of those guidelines
 * @param verdict          the worst severity among the violations, or pass
 * @param score            0 (far from the brand's voice) to 100 (on brand)
 * @param violations       what was found, in order of position
 * @param checkedAt        when the check ran
 * @param caseId           the case the reply answers, when the caller said; else null
 * @param replyId          the reply checked, when the caller said; else null
 * @param agentId          who wrote the reply, when the caller said; else null
 * @param team             the agent's team, when the caller said; else null
 * @param firstAttempt     true when this is the first check of a reply to the case since the last one that was not
 *                         blocked (so "passed first time" = first attempts not blocked); null without a case
 */
public record BrandCheck(
        String checkId,
        String brand,
        String guidelineVersion,
        Verdict verdict,
        int score,
        List<Violation> violations,
        Instant checkedAt,
        String caseId,
        String replyId,
        String agentId,
        String team,
        Boolean firstAttempt) {
    public BrandCheck {
        violations = List.copyOf(violations);
    }

    /** This check, recorded as one of a case's replies. */
    public BrandCheck forReply(String caseId, String replyId, String agentId, String team, Boolean firstAttempt) {
        return new BrandCheck(checkId, brand, guidelineVersion, verdict, score, violations, checkedAt, caseId, replyId,
                agentId, team, firstAttempt);
    }
}
