package dev.parley.response.cases;

import java.time.Instant;

/**
 * An internal note on a case, never shown to the customer.
 *
 * @param kind {@code note} (an agent's) or {@code handover} (written when the case changed hands)
 */
public record CaseNote(String noteId, String caseId, String author, String kind, String text, Instant createdAt) {
}
