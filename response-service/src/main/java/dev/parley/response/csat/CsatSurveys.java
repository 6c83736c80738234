package dev.parley.response.csat;

import dev.parley.events.CaseEventType;
import dev.parley.events.ReplyRequested;
import dev.parley.events.TriagedPost;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.CaseResolutions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a satisfaction survey on the case's own channel when it is resolved (once per case), and records the
 * customer's answer (1–5, and 0–10 when the recommendation question is asked) linked to the case. The survey is
 * Parley's own message, published like a reply by the {@value #SENDER} sender.
 */
public class CsatSurveys implements CaseResolutions {
    public static final String SENDER = "parley-survey";
    /** The survey is a configured message, not an agent's draft: its "check" is the template. */
    static final String TEMPLATE_CHECK = "template:csat-survey";

    private final CaseRepository cases;
    private final SurveyRepository surveys;
    private final CaseEvents events;
    private final String question;
    private final boolean enabled;

    /**
     * @param question the survey's text; {@code {{customer_name}}} is filled in
     */
    public CsatSurveys(CaseRepository cases, SurveyRepository surveys, CaseEvents events, String question, boolean enabled) {
        this.cases = cases;
        this.surveys = surveys;
        this.events = events;
        this.question = question;
        this.enabled = enabled;
    }

    @Override
    public void resolved(Case resolved, Instant at) {
        if (!enabled) {
            return;
        }
        List<CasePost> posts = cases.posts(resolved.caseId());
        CasePost latest = posts.get(posts.size() - 1);
        String replyId = UUID.randomUUID().toString();
        if (!surveys.sent(resolved.caseId(), replyId, at)) {
            return;
        }
        String text = question.replace("{{customer_name}}", latest.authorHandle() == null ? "" : latest.authorHandle());
        events.replyRequested(new ReplyRequested(replyId, resolved.caseId(), resolved.conversationId(), resolved.brand(),
                resolved.platform(), latest.externalId(), "private".equals(resolved.channel()), text, SENDER, TEMPLATE_CHECK, at,
                latest.authorHandle(), latest.createdAt()));
        events.caseChanged(resolved, CaseEventType.CSAT_SENT, null, replyId, null, at);
    }

    @Override
    public boolean answersSurvey(Case resolved, TriagedPost post, Instant at) {
        Optional<SurveyRepository.Survey> survey = surveys.find(resolved.caseId());
        if (survey.isEmpty() || survey.get().answer() != null) {
            return false;
        }
        Optional<SurveyAnswer> answer = SurveyAnswer.read(post.post().text());
        if (answer.isEmpty()) {
            return false;
        }
        surveys.answered(resolved.caseId(), answer.get(), post.post().postId(), at);
        events.caseChanged(resolved, CaseEventType.CSAT_ANSWERED, post.post().postId(), null,
                "csat " + answer.get().score() + (answer.get().nps() == null ? "" : ", nps " + answer.get().nps()), at,
                answer.get().score(), answer.get().nps());
        return true;
    }
}
