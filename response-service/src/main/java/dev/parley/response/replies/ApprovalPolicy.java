package dev.parley.response.replies;

import dev.parley.response.cases.Case;
import java.util.Optional;

/** Whether a reply that passed its brand check must wait for a supervisor, and why. */
public interface ApprovalPolicy {

    /** The reason approval is needed, or empty when the reply may go out. */
    Optional<String> approvalNeeded(Case target, String agentId);
}
