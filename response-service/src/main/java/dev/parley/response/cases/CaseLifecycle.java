package dev.parley.response.cases;

import dev.parley.events.CaseStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case may go from where it is. Customers' posts and our replies move it by themselves; agents
 * move it by hand within these rules. A case is resolved only when no further response is expected: our
 * message is the last one, or the customer confirmed.
 */
public final class CaseLifecycle {
    /** The statuses an agent may move a case to, from each status. */
    private static final Map<CaseStatus, Set<CaseStatus>> BY_HAND = Map.of(
            CaseStatus.NEW, EnumSet.of(CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER, CaseStatus.ESCALATED, CaseStatus.RESOLVED),
            CaseStatus.OPEN, EnumSet.of(CaseStatus.PENDING_CUSTOMER, CaseStatus.ESCALATED, CaseStatus.RESOLVED),
            CaseStatus.PENDING_CUSTOMER, EnumSet.of(CaseStatus.OPEN, CaseStatus.ESCALATED, CaseStatus.RESOLVED),
            CaseStatus.ESCALATED, EnumSet.of(CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER, CaseStatus.RESOLVED),
            CaseStatus.RESOLVED, EnumSet.of(CaseStatus.OPEN, CaseStatus.CLOSED),
            CaseStatus.CLOSED, EnumSet.noneOf(CaseStatus.class));

    private CaseLifecycle() {
    }

    /** A customer wrote again: a case waiting for them, or resolved, is open again. Closed cases get a follow-up. */
    public static CaseStatus afterCustomerPost(CaseStatus status) {
        return status == CaseStatus.PENDING_CUSTOMER || status == CaseStatus.RESOLVED ? CaseStatus.OPEN : status;
    }

    /** We answered: the case waits for the customer, unless it is escalated. */
    public static CaseStatus afterReply(CaseStatus status) {
        return status == CaseStatus.NEW || status == CaseStatus.OPEN ? CaseStatus.PENDING_CUSTOMER : status;
    }

    /** Our answer did not reach the platform: the customer is still waiting for one. */
    public static CaseStatus afterFailedReply(CaseStatus status) {
        return status == CaseStatus.PENDING_CUSTOMER ? CaseStatus.OPEN : status;
    }

    /**
     * @param lastMessageOurs   our reply came after the customer's last post
     * @param customerConfirmed the agent says the customer confirmed the matter is settled
     * @throws IllegalStateException with the reason when the move is not allowed
     */
    public static void checkByHand(CaseStatus from, CaseStatus to, boolean lastMessageOurs, boolean customerConfirmed) {
        if (!BY_HAND.get(from).contains(to)) {
            throw new IllegalStateException("a case that is " + from.wireName() + " cannot become " + to.wireName()
                    + "; from " + from.wireName() + " it can become " + BY_HAND.get(from).stream().map(CaseStatus::wireName).toList());
        }
        if (to == CaseStatus.RESOLVED && !lastMessageOurs && !customerConfirmed) {
            throw new IllegalStateException("the customer's message is the last one: answer it, or say the customer "
                    + "confirmed (customerConfirmed: true), before resolving");
        }
        if (to == CaseStatus.PENDING_CUSTOMER && !lastMessageOurs) {
            throw new IllegalStateException("the customer's message is the last one: nothing is pending on their side");
        }
    }
}
