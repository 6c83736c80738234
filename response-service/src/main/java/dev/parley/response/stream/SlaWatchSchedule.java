package dev.parley.response.stream;

import dev.parley.response.cases.SlaWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Looks for SLA warnings and breaches every {@code parley.response.sla.watch-every} (default 5 s). */
@Component
class SlaWatchSchedule {
    private static final Logger log = LoggerFactory.getLogger(SlaWatchSchedule.class);
    private static final int BATCH = 200;

    private final SlaWatch watch;
    private final TransactionTemplate transactions;

    SlaWatchSchedule(SlaWatch watch, TransactionTemplate transactions) {
        this.watch = watch;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${parley.response.sla.watch-every:5s}")
    void watch() {
        Integer announced = transactions.execute(status -> watch.check(BATCH));
        if (announced != null && announced > 0) {
            log.info("Announced {} SLA warnings and breaches", announced);
        }
    }
}
