package dev.parley.response.cases;

import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.response.sla.SlaTimers;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer conversation being handled.
 *
 * @param caseId         Parley's id of the case
 * @param conversationId the conversation it follows (one case per conversation)
 * @param channel        {@code public} or {@code private}
 * @param sentiment      sentiment of the latest customer post
 * @param assignee       the agent who has it, or null
 * @param followUpOf     the closed case of the same conversation this one follows up, or null
 * @param sla            its SLA clocks
 * @param team           the team triage routed it to, or null
 * @param skills         the skills triage says an agent needs (language, platform, topics, ...)
 * @param escalation     the highest level it was escalated to, or null
 * @param tags           agents' labels
 */
public record Case(
        String caseId,
        String conversationId,
        String brand,
        Platform platform,
        String channel,
        CaseStatus status,
        int priority,
        SentimentLabel sentiment,
        String assignee,
        Instant createdAt,
        Instant updatedAt,
        String followUpOf,
        SlaTimers sla,
        String team,
        Set<String> skills,
        EscalationLevel escalation,
        Set<String> tags) {

    public Case {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        // Sorted, so lists and JSON show them in a stable order.
        tags = tags == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }

    public Case withTags(Set<String> newTags, Instant at) {
        return new Case(caseId, conversationId, brand, platform, channel, status, priority, sentiment, assignee,
                createdAt, at, followUpOf, sla, team, skills, escalation, newTags);
    }

    /** The case in another status, changed at {@code at}. */
    public Case withStatus(CaseStatus newStatus, Instant at) {
        return new Case(caseId, conversationId, brand, platform, channel, newStatus, priority, sentiment, assignee,
                createdAt, at, followUpOf, sla, team, skills, escalation, tags);
    }

    public Case withSla(SlaTimers timers) {
        return new Case(caseId, conversationId, brand, platform, channel, status, priority, sentiment, assignee,
                createdAt, updatedAt, followUpOf, timers, team, skills, escalation, tags);
    }

    public Case withPriority(int newPriority) {
        return new Case(caseId, conversationId, brand, platform, channel, status, newPriority, sentiment, assignee,
                createdAt, updatedAt, followUpOf, sla, team, skills, escalation, tags);
    }

    /** Escalated to {@code level} (never lowered), status {@code escalated}. */
    public Case escalatedTo(EscalationLevel level, Instant at) {
        EscalationLevel highest = escalation == null || level.compareTo(escalation) > 0 ? level : escalation;
        return new Case(caseId, conversationId, brand, platform, channel, CaseStatus.ESCALATED, priority, sentiment,
                assignee, createdAt, at, followUpOf, sla, team, skills, highest, tags);
    }

    public Case withAssignee(String agentId, Instant at) {
        return new Case(caseId, conversationId, brand, platform, channel, status, priority, sentiment, agentId,
                createdAt, at, followUpOf, sla, team, skills, escalation, tags);
    }
}
