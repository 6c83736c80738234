package dev.parley.response.web;

import dev.parley.events.CaseEventType;
import dev.parley.response.assignment.Agent;
import dev.parley.response.assignment.AgentRepository;
import dev.parley.response.assignment.CaseAssignment;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CaseNote;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.Presence;
import dev.parley.response.config.AssignmentProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agents, who has which case, who is on it, and internal notes. */
@RestController
public class CollaborationController {
    private final AgentRepository agents;
    private final CaseRepository cases;
    private final CaseAssignment assignment;
    private final TransactionTemplate transactions;
    private final CaseEvents events;
    private final Duration presenceTtl;
    private final Clock clock;

    public CollaborationController(AgentRepository agents, CaseRepository cases, CaseAssignment assignment,
                                   TransactionTemplate transactions, CaseEvents events, AssignmentProperties properties,
                                   Clock clock) {
        this.agents = agents;
        this.cases = cases;
        this.assignment = assignment;
        this.transactions = transactions;
        this.events = events;
        this.presenceTtl = properties.presenceTtl();
        this.clock = clock;
    }

    /** {@code PUT /api/v1/agents/{agentId}}: registers or updates an agent (teams, skills, capacity, availability). */
    @PutMapping("/api/v1/agents/{agentId}")
    public Agent saveAgent(@PathVariable String agentId, @RequestBody AgentDraft draft) {
        Agent agent = new Agent(agentId, draft.name(), orEmpty(draft.teams()), orEmpty(draft.skills()),
                draft.maxOpen() == null ? 0 : draft.maxOpen(), Boolean.TRUE.equals(draft.available()),
                agents.find(agentId).map(Agent::lastAssignedAt).orElse(null),
                Boolean.TRUE.equals(draft.repliesNeedApproval()));
        agents.save(agent);
        return agent;
    }

    /** {@code GET /api/v1/agents}: every agent with their live cases. */
    @GetMapping("/api/v1/agents")
    public List<AgentLoad> agents() {
        Map<String, Integer> open = agents.openCases();
        return agents.all().stream().map(a -> new AgentLoad(a, open.getOrDefault(a.agentId(), 0))).toList();
    }

    /** {@code POST /api/v1/cases/{id}/claim}: an agent takes an unassigned case (409 when another agent has it). */
    @PostMapping("/api/v1/cases/{caseId}/claim")
    public Case claim(@PathVariable String caseId, @RequestBody AgentRef who) {
        who.validate();
        Actors.mayActAs(who.agentId());
        knownAgent(who.agentId());
        return transactions.execute(s -> assignment.claim(caseId, who.agentId()));
    }

    /**
     * {@code POST /api/v1/cases/{id}/assign}: a supervisor gives the case to an agent, with a handover note
     * (written from the case's history when none is given).
     */
    @PostMapping("/api/v1/cases/{caseId}/assign")
    public Case assign(@PathVariable String caseId, @RequestBody Reassignment change) {
        if (change.supervisorId() == null || change.supervisorId().isBlank() || change.agentId() == null) {
            throw new IllegalArgumentException("supervisorId and agentId are required");
        }
        Actors.mayActAs(change.supervisorId());
        return transactions.execute(s -> assignment.reassign(caseId, change.agentId(), change.supervisorId(),
                change.handover()));
    }

    /**
     * {@code POST /api/v1/cases/{id}/presence}: the agent's client says it is viewing or drafting (renew it while
     * so); answers who else is on the case.
     */
    @PostMapping("/api/v1/cases/{caseId}/presence")
    public List<Presence> presence(@PathVariable String caseId, @RequestBody PresenceDraft draft) {
        if (draft.agentId() == null || draft.agentId().isBlank()
                || !Set.of(Presence.VIEWING, Presence.DRAFTING).contains(draft.activity())) {
            throw new IllegalArgumentException("agentId is required and activity is viewing or drafting");
        }
        Actors.mayActAs(draft.agentId());
        cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        Instant now = clock.instant();
        cases.touchPresence(caseId, new Presence(draft.agentId(), draft.activity(), now.plus(presenceTtl)));
        return cases.presence(caseId, now).stream().filter(p -> !p.agentId().equals(draft.agentId())).toList();
    }

    /** {@code POST /api/v1/cases/{id}/notes}: an internal note, never shown to the customer; 201. */
    @PostMapping("/api/v1/cases/{caseId}/notes")
    public ResponseEntity<CaseNote> note(@PathVariable String caseId, @RequestBody NoteDraft draft) {
        if (draft.agentId() == null || draft.agentId().isBlank() || draft.text() == null || draft.text().isBlank()) {
            throw new IllegalArgumentException("agentId and text are required and must not be blank");
        }
        Actors.mayActAs(draft.agentId());
        Case current = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        CaseNote note = new CaseNote(UUID.randomUUID().toString(), caseId, draft.agentId(), "note", draft.text(),
                clock.instant());
        transactions.executeWithoutResult(s -> {
            cases.addNote(note);
            events.caseChanged(current, CaseEventType.NOTE_ADDED, null, null, "note by " + draft.agentId(),
                    note.createdAt());
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(note);
    }

    private void knownAgent(String agentId) {
        agents.find(agentId).orElseThrow(() -> new NoSuchElementException("no agent " + agentId));
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }

    /** @param repliesNeedApproval a supervisor approves the agent's replies (new agents) */
    public record AgentDraft(String name, Set<String> teams, Set<String> skills, Integer maxOpen, Boolean available,
                             Boolean repliesNeedApproval) {
    }

    public record AgentLoad(Agent agent, int openCases) {
    }

    /** @param handover what the next agent needs to know; written from the history when null */
    public record Reassignment(String supervisorId, String agentId, String handover) {
    }

    /** @param activity viewing or drafting */
    public record PresenceDraft(String agentId, String activity) {
    }

    public record NoteDraft(String agentId, String text) {
    }
}
