package dev.parley.response.audit;

import java.time.Instant;

/**
 * Who did what to which case.
 *
 * @param at     when
 * @param actor  the agent, supervisor or machine (API key name) that made the request
 * @param action the request, e.g. {@code POST /api/v1/cases/{id}/status}
 * @param caseId the case it touched, else null
 * @param status the HTTP status it got
 */
public record AuditEntry(Instant at, String actor, String action, String caseId, int status) {
}
