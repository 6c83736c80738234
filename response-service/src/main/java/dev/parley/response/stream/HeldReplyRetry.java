package dev.parley.response.stream;

import dev.parley.response.replies.ReplyWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks held replies again every {@code parley.replies.held-retry-interval} (default 10 s). */
@Component
class HeldReplyRetry {
    private static final Logger log = LoggerFactory.getLogger(HeldReplyRetry.class);
    private static final int BATCH = 100;

    private final ReplyWorkflow replies;
    private final TransactionTemplate transactions;

    HeldReplyRetry(ReplyWorkflow replies, TransactionTemplate transactions) {
        this.replies = replies;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${parley.replies.held-retry-interval:10s}")
    void retry() {
        Integer decided = transactions.execute(status -> replies.retryHeld(BATCH));
        if (decided != null && decided > 0) {
            log.info("Brand voice decided {} held replies", decided);
        }
    }
}
