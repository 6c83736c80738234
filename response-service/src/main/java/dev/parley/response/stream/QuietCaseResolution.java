package dev.parley.response.stream;

import dev.parley.response.cases.CaseStatusChanges;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves cases that waited for the customer longer than {@code parley.response.pending-customer-resolve-after}
 * (default 72 h), checking every {@code parley.response.quiet-check-interval} (default 1 min).
 */
@Component
class QuietCaseResolution {
    private static final Logger log = LoggerFactory.getLogger(QuietCaseResolution.class);
    private static final int BATCH = 200;

    private final CaseStatusChanges changes;
    private final TransactionTemplate transactions;
    private final Duration quietFor;

    QuietCaseResolution(CaseStatusChanges changes, TransactionTemplate transactions,
                        @Value("${parley.response.pending-customer-resolve-after:72h}") Duration quietFor) {
        if (quietFor.isNegative() || quietFor.isZero()) {
            throw new IllegalArgumentException("parley.response.pending-customer-resolve-after must be positive, was "
                    + quietFor);
        }
        this.changes = changes;
        this.transactions = transactions;
        this.quietFor = quietFor;
    }

    @Scheduled(fixedDelayString = "${parley.response.quiet-check-interval:1m}")
    void resolveQuietCases() {
        Integer resolved = transactions.execute(status -> changes.resolveQuiet(quietFor, BATCH));
        if (resolved != null && resolved > 0) {
            log.info("Resolved {} cases quiet for {}", resolved, quietFor);
        }
    }
}
