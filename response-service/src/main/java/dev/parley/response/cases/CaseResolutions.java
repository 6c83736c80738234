package dev.parley.response.cases;

import dev.parley.events.TriagedPost;
import java.time.Instant;

/** What happens around a case's resolution: the satisfaction survey, and the customer's answer to it. */
public interface CaseResolutions {

    /** The case was just resolved. */
    void resolved(Case resolved, Instant at);

    /** Whether the customer's post answers the case's survey (then it is recorded and does not reopen the case). */
    boolean answersSurvey(Case resolved, TriagedPost post, Instant at);
}
