package dev.parley.brandvoice.stream;

import dev.parley.brandvoice.check.CheckLog;
import dev.parley.events.BrandCheck;
import dev.parley.events.Topic;
import dev.parley.events.Verdict;
import dev.parley.support.messaging.EventPublisher;
import java.util.Optional;

/**
 * Records each check in the log, then on {@code parley.brand-voice.checks} for analytics; the check is answered only
 * once Kafka has it. Keyed by case so one case's checks stay in order.
 */
public class PublishedCheckLog implements CheckLog {
    private final CheckLog log;
    private final EventPublisher publisher;

    public PublishedCheckLog(CheckLog log, EventPublisher publisher) {
        this.log = log;
        this.publisher = publisher;
    }

    @Override
    public Optional<Verdict> lastVerdict(String caseId) {
        return log.lastVerdict(caseId);
    }

    @Override
    public void record(BrandCheck check) {
        log.record(check);
        publisher.publish(Topic.BRAND_CHECKS, check.caseId() != null ? check.caseId() : check.checkId(), check);
    }
}
