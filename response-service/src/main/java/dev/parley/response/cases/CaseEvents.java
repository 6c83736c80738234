package dev.parley.response.cases;

import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;

/** Where the response domain announces what it did. */
public interface CaseEvents {

    void caseChanged(CaseEvent event);

    void replyRequested(ReplyRequested reply);
}
