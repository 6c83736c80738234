package dev.parley.response.assignment;

import dev.parley.events.CaseEventType;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CaseNote;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.CaseRouting;
import dev.parley.response.cases.Presence;
import dev.parley.response.replies.ReplyRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Who has a case: automatic assignment on arrival (when enabled), an agent claiming an unassigned case, a
 * supervisor reassigning one, and an agent taking one over. When a case changes hands a handover note is kept:
 * the one given, or one written from the history.
 */
public class CaseAssignment implements CaseRouting {
    private final CaseRepository cases;
    private final ReplyRepository replies;
    private final AgentRepository agents;
    private final CaseEvents events;
    private final Assigner assigner;
    private final boolean autoAssign;
    private final Clock clock;

    public CaseAssignment(CaseRepository cases, ReplyRepository replies, AgentRepository agents, CaseEvents events,
                          Assigner assigner, boolean autoAssign, Clock clock) {
        this.cases = cases;
        this.replies = replies;
        this.agents = agents;
        this.events = events;
        this.assigner = assigner;
        this.autoAssign = autoAssign;
        this.clock = clock;
    }

    @Override
    public Case route(Case arrived, Instant at) {
        if (!autoAssign || arrived.assignee() != null) {
            return arrived;
        }
        return choose(arrived, agents.all())
                .map(agent -> give(arrived, agent.agentId(), "auto-assigned in team " + arrived.team(), at))
                .orElse(arrived);
    }

    @Override
    public Case reassignAway(Case held, String reason, Instant at) {
        List<Agent> others = agents.all().stream().filter(a -> !a.agentId().equals(held.assignee())).toList();
        return choose(held, others)
                .map(agent -> handOver(held, agent.agentId(), "rule", null,
                        reason + ": reassigned from " + held.assignee() + " to " + agent.agentId()))
                .orElse(held);
    }

    /** The agent among {@code agents} for the case, counting only the eligible agents' live cases. */
    private Optional<Agent> choose(Case current, List<Agent> agents) {
        List<Agent> eligible = assigner.eligible(current.team(), current.skills(), agents);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        return assigner.choose(current.team(), current.skills(), eligible,
                this.agents.openCases(eligible.stream().map(Agent::agentId).toList()));
    }

    /**
     * An agent takes an unassigned case (or confirms one that is already theirs).
     *
     * @throws IllegalStateException when another agent has it
     */
    public Case claim(String caseId, String agentId) {
        Case current = forChange(caseId);
        if (agentId.equals(current.assignee())) {
            return current;
        }
        if (current.assignee() != null) {
            throw new IllegalStateException("case " + caseId + " is assigned to " + current.assignee()
                    + "; a supervisor can reassign it, or take it over to answer");
        }
        return save(give(current, agentId, "claimed by " + agentId, clock.instant()));
    }

    /**
     * A supervisor gives the case to another agent, with a handover (written from the history when null).
     */
    public Case reassign(String caseId, String toAgentId, String supervisorId, String handover) {
        Case current = forChange(caseId);
        agents.find(toAgentId).orElseThrow(() -> new NoSuchElementException("no agent " + toAgentId));
        return handOver(current, toAgentId, supervisorId, handover,
                "reassigned from " + current.assignee() + " to " + toAgentId + " by " + supervisorId);
    }

    /** An agent takes the case over from whoever held it, with a handover written from the history. */
    public Case takeOver(String caseId, String agentId) {
        Case current = forChange(caseId);
        if (agentId.equals(current.assignee())) {
            return current;
        }
        return handOver(current, agentId, agentId, null, "taken over from " + current.assignee() + " by " + agentId);
    }

    /**
     * @throws CaseHeldException when the case is another agent's, or another agent is drafting a reply on it
     */
    public void checkFree(String caseId, String agentId) {
        // Only read: a reply's transaction goes on to the brand check, which must not hold the case locked.
        Case current = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        Instant now = clock.instant();
        cases.presence(caseId, now).stream()
                .filter(p -> p.activity().equals(Presence.DRAFTING) && !p.agentId().equals(agentId))
                .findFirst()
                .ifPresent(p -> {
                    throw new CaseHeldException(p.agentId(), "is drafting a reply (until " + p.until() + ")");
                });
        if (current.assignee() != null && !current.assignee().equals(agentId)) {
            throw new CaseHeldException(current.assignee(), "has this case");
        }
    }

    private Case handOver(Case current, String toAgentId, String by, String handover, String reason) {
        Instant now = clock.instant();
        String text = handover == null || handover.isBlank()
                ? HandoverSummary.of(current, cases.posts(current.caseId()), replies.forCase(current.caseId()))
                : handover;
        cases.addNote(new CaseNote(UUID.randomUUID().toString(), current.caseId(), by, "handover", text, now));
        return save(give(current, toAgentId, reason, now));
    }

    private Case give(Case current, String agentId, String reason, Instant at) {
        Case assigned = current.withAssignee(agentId, at);
        agents.markAssigned(agentId, at);
        events.caseChanged(assigned, CaseEventType.ASSIGNED, null, null, reason, at);
        return assigned;
    }

    private Case save(Case changed) {
        cases.update(changed);
        return changed;
    }

    private Case forChange(String caseId) {
        return cases.findForChange(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
    }
}
