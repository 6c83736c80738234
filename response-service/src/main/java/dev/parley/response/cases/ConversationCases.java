package dev.parley.response.cases;

import java.util.Optional;

/**
 * A conversation's cases as one of its posts arrives.
 *
 * @param live           its case that is not closed, if any
 * @param latestClosedId its most recently closed case when none is live, else null
 * @param postFiled      whether the arriving post is filed in one of its cases already (delivered again)
 */
public record ConversationCases(Optional<Case> live, String latestClosedId, boolean postFiled) {
    /** A conversation without cases. */
    public static final ConversationCases NONE = new ConversationCases(Optional.empty(), null, false);
}
