package dev.parley.brandvoice.web;

import dev.parley.events.Feeling;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import java.util.List;

/**
 * A draft to check ({@code POST /api/v1/checks}).
 *
 * @param brand          whose guidelines apply (required)
 * @param platform       where the reply will appear; absent means generic
 * @param privateChannel true for a direct message; absent means public
 * @param text           the draft reply (required)
 * @param customerPost   the post it answers, as triage saw it: judges empathy and regulated topics; may be absent
 * @param caseId         the case, so the check counts towards the brand-consistency KPI; may be absent
 * @param replyId        the reply; may be absent
 * @param agentId        who wrote it; may be absent
 * @param team           the agent's team; may be absent
 */
public record CheckRequest(String brand, Platform platform, Boolean privateChannel, String text,
        CustomerPostJson customerPost, String caseId, String replyId, String agentId, String team) {

    /**
     * @param text         what the customer wrote
     * @param authorHandle their handle without {@code @}
     * @param sentiment    triage's sentiment
     * @param feelings     triage's feelings (anger, frustration, anxiety, confusion, gratitude)
     */
    public record CustomerPostJson(String text, String authorHandle, SentimentLabel sentiment, List<Feeling> feelings) {
    }
}
