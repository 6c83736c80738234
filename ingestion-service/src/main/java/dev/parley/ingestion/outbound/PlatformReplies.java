package dev.parley.ingestion.outbound;

import dev.parley.events.ReplyRequested;

/** Publishes replies on one platform through its API. */
public interface PlatformReplies {

    /**
     * @param text the reply's text after {@link ReplyConventions} (e.g. with the customer's handle)
     * @return the platform's id of the published reply
     * @throws dev.parley.ingestion.platform.PlatformCallException when the platform did not take it, with why
     * @throws ReplyRefusedException when the reply cannot be sent here at all (no credentials, no recipient)
     */
    String publish(ReplyRequested reply, String text);

    /** The recipient of a private reply: direct-message conversations are {@code <platform>:dm:<customer id>}. */
    static String directMessageRecipient(ReplyRequested reply) {
        String prefix = reply.platform().wireName() + ":dm:";
        if (!reply.conversationId().startsWith(prefix)) {
            throw new ReplyRefusedException("a private reply needs a direct-message conversation (" + prefix
                    + "<customer id>), not " + reply.conversationId());
        }
        return reply.conversationId().substring(prefix.length());
    }
}
