package dev.parley.response.outbox;

import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;
import dev.parley.events.Topic;
import dev.parley.events.TriageCorrection;
import dev.parley.response.cases.CaseEvents;

/** The response domain's events, written to the outbox in the change's transaction, keyed as the catalog says. */
public class OutboxCaseEvents implements CaseEvents {
    private final OutboxWriter outbox;

    public OutboxCaseEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void caseChanged(CaseEvent event) {
        outbox.write(Topic.CASES, event.conversationId(), event);
    }

    @Override
    public void replyRequested(ReplyRequested reply) {
        outbox.write(Topic.REPLIES_OUTBOUND, reply.conversationId(), reply);
    }

    @Override
    public void triageCorrected(TriageCorrection correction) {
        outbox.write(Topic.TRIAGE_FEEDBACK, correction.key(), correction);
    }
}
