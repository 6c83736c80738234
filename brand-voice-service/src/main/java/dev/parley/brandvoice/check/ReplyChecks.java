package dev.parley.brandvoice.check;

import dev.parley.brandvoice.profile.Profiles;
import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;

/**
 * Checks a reply with its brand's current guidelines and records the check: in the log (for the consistency KPI)
 * and on the checks topic (for analytics). A check that could not be recorded is not returned, so every verdict an
 * agent acted on is on record.
 */
public class ReplyChecks {
    private final Profiles profiles;
    private final BrandChecker checker;
    private final CheckLog log;

    public ReplyChecks(Profiles profiles, BrandChecker checker, CheckLog log) {
        this.profiles = profiles;
        this.checker = checker;
        this.log = log;
    }

    /**
     * @param reply who wrote the draft and for which case, or null for a check outside a case (e.g. a saved reply)
     */
    public BrandCheck check(String brand, Draft draft, ReplyContext reply) {
        BrandCheck check = checker.check(brand, profiles.current(brand), draft);
        if (reply == null || reply.caseId() == null) {
            log.record(check);
            return check;
        }
        boolean firstAttempt = log.lastVerdict(reply.caseId()).map(v -> v != Verdict.BLOCK).orElse(true);
        BrandCheck recorded = check.forReply(reply.caseId(), reply.replyId(), reply.agentId(), reply.team(),
                firstAttempt);
        log.record(recorded);
        return recorded;
    }

    /**
     * @param caseId  the case the reply answers
     * @param replyId the reply, if it has an id yet
     * @param agentId who wrote it
     * @param team    the agent's team
     */
    public record ReplyContext(String caseId, String replyId, String agentId, String team) {
    }
}
