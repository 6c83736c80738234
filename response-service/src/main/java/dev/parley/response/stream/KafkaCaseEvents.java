package dev.parley.response.stream;

import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;
import dev.parley.events.Topic;
import dev.parley.response.cases.CaseEvents;
import dev.parley.support.messaging.EventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes case events and reply requests, keyed by conversation. Called inside the database
 * transaction of the change, so a failed publish rolls the change back; the transactional outbox of
 * response issue #5 will also close the reverse gap (published, then the commit fails).
 */
@Component
class KafkaCaseEvents implements CaseEvents {
    private final EventPublisher publisher;

    KafkaCaseEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void caseChanged(CaseEvent event) {
        publisher.publish(Topic.CASES, event.conversationId(), event);
    }

    @Override
    public void replyRequested(ReplyRequested reply) {
        publisher.publish(Topic.REPLIES_OUTBOUND, reply.conversationId(), reply);
    }
}
