package dev.parley.response.cases;

import java.time.Instant;

/** Gives a case that arrived or came back an owner, when the organisation assigns automatically. */
public interface CaseRouting {

    /** The case, assigned when an agent could be found; announces the assignment. */
    Case route(Case arrived, Instant at);

    /** The case given to another qualified agent (with a handover), or unchanged when there is none. */
    Case reassignAway(Case held, String reason, Instant at);
}
