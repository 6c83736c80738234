package dev.parley.brandvoice.check;

import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;
import java.util.Optional;

/** Every check made, kept for the consistency KPI and published for analytics. */
public interface CheckLog {

    /** The verdict of the case's latest check, if it had one. */
    Optional<Verdict> lastVerdict(String caseId);

    /**
     * Records the check durably.
     *
     * @throws RuntimeException when it could not be recorded; the check must then not be used
     */
    void record(BrandCheck check);
}
