package dev.parley.brandvoice.outcomes;

import dev.parley.events.SentimentLabel;
import java.time.Instant;
import java.util.List;

/** Sent replies and what followed them. Every write is idempotent: topics are read at least once. */
public interface OutcomeStore {

    void replySent(SentReply reply);

    /**
     * Cases' changes, in the order they came: each case's status then (resolved or closed, or not; a case that was
     * resolved and is not any more reopened) and its CSAT answer when the change was one.
     */
    void casesChanged(List<CaseChange> changes);

    /** A case event, as far as outcomes care. */
    record CaseChange(String caseId, boolean resolved, Integer csat) {
    }

    /**
     * Customers' posts, in the order they came: the first after a reply in its conversation tells how the
     * customer felt about the answer.
     */
    void customersPosted(List<CustomerPost> posts);

    /** A customer's post, as far as outcomes care. */
    record CustomerPost(String conversationId, Instant postedAt, SentimentLabel sentiment) {
    }

    /** Outcome counts per phrase and per attribute, and for all replies, of the brand's replies sent since then. */
    List<OutcomeCounts> counts(String brand, Instant since);
}
