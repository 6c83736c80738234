package dev.parley.response.web;

import dev.parley.events.Platform;
import dev.parley.events.WireEnum;
import dev.parley.response.assignment.Agent;
import dev.parley.response.assignment.AgentRepository;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.savedreplies.SavedReply;
import dev.parley.response.savedreplies.SavedReplyRepository;
import dev.parley.response.savedreplies.Suggestions;
import dev.parley.response.savedreplies.Templates;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Saved replies: kept by supervisors, searched, suggested for a case and filled for it. */
@RestController
public class SavedReplyController {
    private static final int MAX = 100;

    private final SavedReplyRepository savedReplies;
    private final CaseRepository cases;
    private final AgentRepository agents;
    private final Suggestions suggestions;
    private final Clock clock;

    public SavedReplyController(SavedReplyRepository savedReplies, CaseRepository cases, AgentRepository agents,
                                Suggestions suggestions, Clock clock) {
        this.savedReplies = savedReplies;
        this.cases = cases;
        this.agents = agents;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /** {@code POST /api/v1/saved-replies}: a new saved reply; 201. */
    @PostMapping("/api/v1/saved-replies")
    public ResponseEntity<SavedReply> create(@RequestBody SavedReplyDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(store(UUID.randomUUID().toString(), draft));
    }

    /** {@code PUT /api/v1/saved-replies/{id}}: replaces a saved reply. */
    @PutMapping("/api/v1/saved-replies/{savedReplyId}")
    public SavedReply update(@PathVariable String savedReplyId, @RequestBody SavedReplyDraft draft) {
        savedReplies.find(savedReplyId).orElseThrow(() -> new NoSuchElementException("no saved reply " + savedReplyId));
        return store(savedReplyId, draft);
    }

    /** {@code GET /api/v1/saved-replies?q=bag+refund&tag=baggage}: by words in title or body, and by tag. */
    @GetMapping("/api/v1/saved-replies")
    public List<SavedReply> search(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                                   @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("limit must be 1.." + MAX);
        }
        return savedReplies.search(q == null || q.isBlank() ? null : q, tag, limit);
    }

    /** {@code GET /api/v1/cases/{id}/suggestions?agentId=}: saved replies for the latest post, and a clarifying question when needed. */
    @GetMapping("/api/v1/cases/{caseId}/suggestions")
    public List<Suggestions.Suggestion> suggest(@PathVariable String caseId,
                                                @RequestParam(required = false) String agentId) {
        Case target = find(caseId);
        return suggestions.forCase(target, cases.posts(caseId), agentName(agentId));
    }

    /**
     * {@code POST /api/v1/cases/{id}/saved-replies/{savedReplyId}/render}: the saved reply filled for this case
     * with the values given; 422 naming the values still needed.
     */
    @PostMapping("/api/v1/cases/{caseId}/saved-replies/{savedReplyId}/render")
    public Rendered render(@PathVariable String caseId, @PathVariable String savedReplyId, @RequestBody RenderRequest request) {
        Case target = find(caseId);
        List<CasePost> posts = cases.posts(caseId);
        return new Rendered(suggestions.render(savedReplyId, target, posts, agentName(request.agentId()),
                request.values() == null ? Map.of() : request.values()));
    }

    @ExceptionHandler
    ProblemDetail missingValues(Templates.MissingValuesException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("missing", e.missing());
        return problem;
    }

    private SavedReply store(String id, SavedReplyDraft draft) {
        Map<Platform, String> variants = new EnumMap<>(Platform.class);
        if (draft.variants() != null) {
            draft.variants().forEach((platform, text) -> variants.put(WireEnum.parse(Platform.class, platform), text));
        }
        SavedReply reply = new SavedReply(id, draft.title(), draft.body(), variants, draft.tags(), draft.intents(),
                draft.topics(), Actors.current(), clock.instant());
        savedReplies.save(reply);
        return reply;
    }

    private Case find(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
    }

    private String agentName(String agentId) {
        return agentId == null ? null : agents.find(agentId).map(Agent::name).orElse(null);
    }

    /**
     * @param variants platform (x, facebook, ...) → wording for it
     * @param intents  complaint, question, request, praise, feedback, other
     */
    public record SavedReplyDraft(String title, String body, Map<String, String> variants, Set<String> tags,
                                  Set<String> intents, Set<String> topics) {
    }

    /** @param values variables to fill, e.g. {@code booking_reference} */
    public record RenderRequest(String agentId, Map<String, String> values) {
    }

    public record Rendered(String text) {
    }
}
