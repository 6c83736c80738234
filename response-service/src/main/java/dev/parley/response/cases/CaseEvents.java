package dev.parley.response.cases;

import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;
import dev.parley.events.TriageCorrection;

/** Where the response domain announces what it did; implementations record it in the change's transaction. */
public interface CaseEvents {

    void caseChanged(CaseEvent event);

    void replyRequested(ReplyRequested reply);

    /** An agent corrected what triage found in a post (the feedback loop of triage). */
    void triageCorrected(TriageCorrection correction);
}
