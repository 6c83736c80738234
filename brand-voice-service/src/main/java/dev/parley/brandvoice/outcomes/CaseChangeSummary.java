package dev.parley.brandvoice.outcomes;

import dev.parley.brandvoice.outcomes.OutcomeStore.CaseChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run of changes to one case, in their order, folded into what applying them one by one would leave: so a
 * store can apply a whole poll's changes with one statement, which cannot touch a row twice.
 *
 * @param firstResolved whether the first change left the case resolved (it reopens a stored resolved case if not)
 * @param lastResolved whether the case is resolved after the run
 * @param reopenedWithin whether the run itself went from resolved to not resolved
 * @param lastCsat the run's last CSAT answer, or null if it had none
 */
public record CaseChangeSummary(String caseId, boolean firstResolved, boolean lastResolved, boolean reopenedWithin,
                                Integer lastCsat) {

    /** One summary per case, in the order each case first changed. */
    public static List<CaseChangeSummary> of(List<CaseChange> changes) {
        Map<String, CaseChangeSummary> byCase = new LinkedHashMap<>();
        for (CaseChange change : changes) {
            byCase.merge(change.caseId(),
                    new CaseChangeSummary(change.caseId(), change.resolved(), change.resolved(), false, change.csat()),
                    CaseChangeSummary::then);
        }
        return List.copyOf(byCase.values());
    }

    /** Whether the run left the case as a case without a stored outcome reads: open, not reopened, unanswered. */
    public boolean leftOpenAndUnanswered() {
        return !lastResolved && !reopenedWithin && lastCsat == null;
    }

    private CaseChangeSummary then(CaseChangeSummary next) {
        return new CaseChangeSummary(caseId, firstResolved, next.lastResolved,
                reopenedWithin || (lastResolved && !next.lastResolved),
                next.lastCsat != null ? next.lastCsat : lastCsat);
    }
}
