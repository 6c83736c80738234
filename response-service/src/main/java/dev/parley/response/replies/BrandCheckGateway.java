package dev.parley.response.replies;

import dev.parley.events.BrandCheck;
import dev.parley.events.Feeling;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import java.util.List;

/** The brand-voice service, as the reply workflow needs it. */
public interface BrandCheckGateway {

    /**
     * @throws BrandCheckUnavailableException when brand voice cannot give a verdict now
     */
    BrandCheck check(DraftToCheck draft);

    /**
     * A draft reply with what brand voice needs to judge it.
     *
     * @param customerText     the customer's post it answers
     * @param customerHandle   the customer's handle, or null
     * @param customerFeelings the feelings triage found in that post
     * @param replyId          the reply, so the check is recorded against it
     * @param team             the case's team, for the brand-consistency KPI; may be null
     */
    record DraftToCheck(String brand, Platform platform, boolean privateChannel, String text, String customerText,
            String customerHandle, SentimentLabel customerSentiment, List<Feeling> customerFeelings, String caseId,
            String replyId, String agentId, String team) {
    }

    class BrandCheckUnavailableException extends RuntimeException {
        public BrandCheckUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
