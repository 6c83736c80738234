package dev.parley.response.web;

import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.TriageCorrection;
import dev.parley.events.WireEnum;
import dev.parley.response.assignment.CaseAssignment;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CaseNote;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseQuery;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.CaseStatusChanges;
import dev.parley.response.cases.Escalation;
import dev.parley.response.cases.EscalationLevel;
import dev.parley.response.cases.Escalations;
import dev.parley.response.cases.Presence;
import dev.parley.response.cases.TriageCorrections;
import dev.parley.response.csat.SurveyRepository;
import dev.parley.response.replies.PrivateInvitations;
import dev.parley.response.replies.Reply;
import dev.parley.response.replies.ReplyRepository;
import dev.parley.response.replies.ReplyResult;
import dev.parley.response.replies.ReplyState;
import dev.parley.response.replies.ReplyWorkflow;
import dev.parley.response.sla.SlaTimers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agents' API over cases and replies. */
@RestController
public class CaseController {
    private static final int MAX_PAGE = 500;
    /**
     * Beyond this many matching cases the inbox says "more than" rather than counting them all: the count is
     * most of the database's work for a page (./parley bench inbox), and a backlog's real size is the analytics
     * service's backlog KPI.
     */
    static final long TOTAL_COUNTED_UP_TO = 1_000;

    private final CaseRepository cases;
    private final ReplyRepository replies;
    private final ReplyWorkflow workflow;
    private final TriageCorrections corrections;
    private final CaseStatusChanges statusChanges;
    private final CaseAssignment assignment;
    private final Escalations escalations;
    private final SurveyRepository surveys;
    private final PrivateInvitations privateInvitations;
    private final CaseEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public CaseController(CaseRepository cases, ReplyRepository replies, ReplyWorkflow workflow,
                          TriageCorrections corrections, CaseStatusChanges statusChanges, CaseAssignment assignment,
                          Escalations escalations, SurveyRepository surveys, PrivateInvitations privateInvitations,
                          CaseEvents events, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.replies = replies;
        this.workflow = workflow;
        this.corrections = corrections;
        this.statusChanges = statusChanges;
        this.assignment = assignment;
        this.escalations = escalations;
        this.surveys = surveys;
        this.privateInvitations = privateInvitations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * {@code GET /api/v1/cases?status=new&sla=breached&assignee=agent-7&team=baggage&tag=vip&sort=sla&limit=50&offset=0}:
     * the inbox with the total. {@code sla} is ok, near_breach or breached (the worst running clock of live cases);
     * {@code assignee=none} asks for unassigned cases; {@code sort} is priority (default), sla, newest or oldest.
     */
    @GetMapping("/api/v1/cases")
    public CasePage list(@RequestParam(required = false) String status,
                         @RequestParam(required = false) String sla,
                         @RequestParam(required = false) String assignee,
                         @RequestParam(required = false) String team,
                         @RequestParam(required = false) String tag,
                         @RequestParam(defaultValue = "priority") String sort,
                         @RequestParam(defaultValue = "50") int limit,
                         @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + " and offset at least 0");
        }
        CaseQuery.Order order = Arrays.stream(CaseQuery.Order.values())
                .filter(o -> o.name().toLowerCase(Locale.ROOT).equals(sort)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort is priority, sla, newest or oldest, not '" + sort + "'"));
        CaseQuery query = new CaseQuery(status == null ? null : WireEnum.parse(CaseStatus.class, status),
                sla == null ? null : slaStanding(sla), assignee, team, tag, order, clock.instant());
        long counted = cases.count(query, TOTAL_COUNTED_UP_TO + 1);
        return new CasePage(Math.min(counted, TOTAL_COUNTED_UP_TO), counted > TOTAL_COUNTED_UP_TO, limit, offset,
                cases.list(query, limit, offset));
    }

    private static SlaTimers.Standing slaStanding(String value) {
        return Arrays.stream(SlaTimers.Standing.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sla is ok, near_breach or breached, not '" + value + "'"));
    }

    @GetMapping("/api/v1/cases/{caseId}")
    public CaseDetail get(@PathVariable String caseId) {
        Case found = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        return new CaseDetail(found, SlaView.of(found.sla(), clock.instant()), cases.posts(caseId),
                replies.forCase(caseId), cases.notes(caseId), cases.presence(caseId, clock.instant()),
                cases.escalations(caseId), surveys.find(caseId).orElse(null));
    }

    /**
     * {@code POST /api/v1/cases/{id}/replies}: 202 when requested for publishing or held for a later
     * check (brand voice unreachable), 422 when the brand check blocks it, 409 (with the holder) when the case is
     * another agent's or another agent is drafting on it, unless {@code takeOver} is true.
     */
    @PostMapping("/api/v1/cases/{caseId}/replies")
    @Operation(summary = "Reply to the customer", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = """
                    {"agentId": "agent-7", "text": "So sorry, Jane. We are tracing your bag now."}"""))))
    public ResponseEntity<ReplyResult> reply(@PathVariable String caseId, @RequestBody ReplyDraft draft) {
        draft.validate();
        Actors.mayActAs(draft.agentId());
        ReplyResult result = transactions.execute(s -> {
            if (Boolean.TRUE.equals(draft.takeOver())) {
                assignment.takeOver(caseId, draft.agentId());
            } else {
                assignment.checkFree(caseId, draft.agentId());
            }
            return workflow.submit(caseId, draft.agentId(), draft.text());
        });
        HttpStatus status = result.reply().state() == ReplyState.REJECTED ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(result);
    }

    /**
     * {@code POST /api/v1/cases/{id}/status}: an agent moves the case (open, pending_customer, escalated, resolved,
     * closed); 409 with the reason when the case cannot go there from where it is.
     */
    @PostMapping("/api/v1/cases/{caseId}/status")
    @Operation(summary = "Move the case to another status", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = """
                    {"agentId": "agent-7", "status": "resolved", "reason": "bag delivered", "customerConfirmed": true}"""))))
    public Case changeStatus(@PathVariable String caseId, @RequestBody StatusChange change) {
        change.validate();
        Actors.mayActAs(change.agentId());
        return transactions.execute(s -> statusChanges.change(caseId, WireEnum.parse(CaseStatus.class, change.status()),
                change.agentId(), change.reason(), Boolean.TRUE.equals(change.customerConfirmed())));
    }

    /**
     * {@code POST /api/v1/cases/{id}/escalate}: to tier_2, supervisor, crisis or legal, with the reason; a case is
     * never lowered, and the path is kept.
     */
    @PostMapping("/api/v1/cases/{caseId}/escalate")
    @Operation(summary = "Escalate the case", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = """
                    {"agentId": "agent-7", "level": "legal", "reason": "customer names their lawyer"}"""))))
    public Case escalate(@PathVariable String caseId, @RequestBody EscalationDraft draft) {
        if (draft.agentId() == null || draft.level() == null || draft.reason() == null || draft.reason().isBlank()) {
            throw new IllegalArgumentException("agentId, level and reason are required");
        }
        Actors.mayActAs(draft.agentId());
        return transactions.execute(s -> escalations.byHand(caseId, WireEnum.parse(EscalationLevel.class, draft.level()),
                draft.agentId(), draft.reason(), clock.instant()));
    }

    /**
     * {@code POST /api/v1/cases/{id}/move-to-private} {@code {"agentId","text"}}: a public reply invites the customer to
     * write privately (default wording when no text; account details refused); their private case then continues this
     * one. Answers like a reply.
     */
    @PostMapping("/api/v1/cases/{caseId}/move-to-private")
    public ResponseEntity<ReplyResult> moveToPrivate(@PathVariable String caseId, @RequestBody ReplyDraft draft) {
        if (draft.agentId() == null || draft.agentId().isBlank()) {
            throw new IllegalArgumentException("agentId is required");
        }
        Actors.mayActAs(draft.agentId());
        ReplyResult result = transactions.execute(s -> {
            assignment.checkFree(caseId, draft.agentId());
            return privateInvitations.invite(caseId, draft.agentId(), draft.text());
        });
        return ResponseEntity.status(result.reply().state() == ReplyState.REJECTED ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.ACCEPTED).body(result);
    }

    /** {@code POST /api/v1/cases/{id}/tags} {@code {"agentId","add":[...],"remove":[...]}}: the case's labels. */
    @PostMapping("/api/v1/cases/{caseId}/tags")
    public Case tag(@PathVariable String caseId, @RequestBody TagChange change) {
        if (change.agentId() == null || change.agentId().isBlank()) {
            throw new IllegalArgumentException("agentId is required");
        }
        Actors.mayActAs(change.agentId());
        return transactions.execute(s -> {
            Case current = cases.findForChange(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
            Set<String> tags = new TreeSet<>(current.tags());
            if (change.add() != null) {
                change.add().stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
            }
            if (change.remove() != null) {
                change.remove().forEach(tags::remove);
            }
            Case tagged = current.withTags(tags, clock.instant());
            cases.update(tagged);
            events.caseChanged(tagged, CaseEventType.TAGGED, null, null, "tags " + tags + " by " + change.agentId(),
                    tagged.updatedAt());
            return tagged;
        });
    }

    /** {@code POST /api/v1/cases/{id}/replies/{replyId}/retry}: sends a failed reply's text again, as a new reply. */
    @PostMapping("/api/v1/cases/{caseId}/replies/{replyId}/retry")
    public ResponseEntity<ReplyResult> retry(@PathVariable String caseId, @PathVariable String replyId,
                                             @RequestBody AgentRef who) {
        who.validate();
        Actors.mayActAs(who.agentId());
        ReplyResult result = transactions.execute(s -> workflow.retry(caseId, replyId, who.agentId()));
        HttpStatus status = result.reply().state() == ReplyState.REJECTED ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(result);
    }

    /**
     * {@code POST /api/v1/cases/{id}/posts/{postId}/corrections}: an agent corrects the post's sentiment, intent or
     * topic; 201 with the correction published for triage's feedback loop.
     */
    @PostMapping("/api/v1/cases/{caseId}/posts/{postId}/corrections")
    @Operation(summary = "Correct what triage found in a post", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = """
                    {"agentId": "agent-7", "field": "sentiment", "value": "negative"}"""))))
    public ResponseEntity<TriageCorrection> correct(@PathVariable String caseId, @PathVariable String postId,
                                                    @RequestBody CorrectionDraft draft) {
        draft.validate();
        Actors.mayActAs(draft.agentId());
        TriageCorrection correction = transactions.execute(s -> corrections.correct(caseId, postId,
                WireEnum.parse(TriageCorrection.CorrectedField.class, draft.field()), draft.value(), draft.agentId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(correction);
    }

    /**
     * A page of the inbox.
     *
     * @param total       how many cases match, counted up to {@value #TOTAL_COUNTED_UP_TO}
     * @param totalCapped whether more than that match (then {@code total} is the cap): counting every match of a
     *                    broad filter over years of cases would cost more than the page itself
     */
    public record CasePage(long total, boolean totalCapped, int limit, int offset, List<Case> cases) {
    }

    public record CaseDetail(Case caseInfo, SlaView sla, List<CasePost> posts, List<Reply> replies, List<CaseNote> notes,
                             List<Presence> presence, List<Escalation> escalations, SurveyRepository.Survey csat) {
    }

    /**
     * @param field sentiment, intent or topic
     * @param value the agent's label: a sentiment or intent label, or a topic id of the taxonomy ({@code none}: no topic)
     */
    public record CorrectionDraft(String agentId, String field, String value) {
        void validate() {
            if (agentId == null || agentId.isBlank() || field == null || value == null || value.isBlank()) {
                throw new IllegalArgumentException("agentId, field and value are required and must not be blank");
            }
        }
    }

    public record TagChange(String agentId, Set<String> add, Set<String> remove) {
    }

    /** @param level tier_2, supervisor, crisis or legal */
    public record EscalationDraft(String agentId, String level, String reason) {
    }

    /**
     * @param status            the status to move to
     * @param reason            why, for the case's history
     * @param customerConfirmed the customer confirmed the matter is settled (allows resolving after their message)
     */
    public record StatusChange(String agentId, String status, String reason, Boolean customerConfirmed) {
        void validate() {
            if (agentId == null || agentId.isBlank() || status == null) {
                throw new IllegalArgumentException("agentId and status are required");
            }
        }
    }

    /** @param takeOver take the case from whoever holds it (a handover note is written from the history) */
    public record ReplyDraft(String agentId, String text, Boolean takeOver) {
        void validate() {
            if (agentId == null || agentId.isBlank() || text == null || text.isBlank()) {
                throw new IllegalArgumentException("agentId and text are required and must not be blank");
            }
        }
    }
}
