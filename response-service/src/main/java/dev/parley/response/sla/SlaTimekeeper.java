package dev.parley.response.sla;

import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts, stops and reads a case's SLA clocks as the case moves: opened, a customer post, our reply, a new
 * status. Pure: the caller stores the {@link SlaTimers} with the case.
 */
public class SlaTimekeeper {
    private final List<SlaPolicy> policies;
    private final double nearBreachAt;

    /**
     * @param policies     tried in order; the last should match every case
     * @param nearBreachAt the share of a clock's time after which it is near breach (0..1, e.g. 0.8)
     */
    public SlaTimekeeper(List<SlaPolicy> policies, double nearBreachAt) {
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("at least one SLA policy is needed");
        }
        if (nearBreachAt <= 0 || nearBreachAt >= 1) {
            throw new IllegalArgumentException("near-breach-at is a share between 0 and 1, was " + nearBreachAt);
        }
        this.policies = List.copyOf(policies);
        this.nearBreachAt = nearBreachAt;
    }

    public SlaPolicy policyFor(int priority, Platform platform, String channel) {
        return policies.stream().filter(p -> p.matches(priority, platform, channel)).findFirst()
                .orElse(policies.get(policies.size() - 1));
    }

    private SlaPolicy policy(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst().orElse(policies.get(policies.size() - 1));
    }

    private Deadline deadline(SlaPolicy policy, Instant start, Duration time) {
        return new Deadline(policy.calendar().plus(start, time.multipliedBy(Math.round(nearBreachAt * 1000)).dividedBy(1000)),
                policy.calendar().plus(start, time));
    }

    /** A new case: the first response and resolution clocks start. */
    public SlaTimers opened(int priority, Platform platform, String channel, Instant at) {
        SlaPolicy policy = policyFor(priority, platform, channel);
        return new SlaTimers(policy.name(), deadline(policy, at, policy.firstResponse()), null,
                deadline(policy, at, policy.resolution()), null, Set.of());
    }

    /**
     * Another customer post. The policy follows the case's priority (a post that makes it urgent brings the
     * urgent policy, its clocks counted from the same starts); after our reply, the next-response clock starts.
     */
    public SlaTimers customerPosted(SlaTimers timers, int priority, Platform platform, String channel, Instant caseOpened,
                                    Instant postedAt) {
        SlaPolicy policy = policyFor(priority, platform, channel);
        boolean changed = !policy.name().equals(timers.policy());
        Deadline first = timers.firstRespondedAt() != null ? null
                : changed ? deadline(policy, caseOpened, policy.firstResponse()) : timers.firstResponse();
        Deadline next = timers.firstRespondedAt() == null ? null
                : timers.nextResponse() != null && !changed ? timers.nextResponse()
                : deadline(policy, postedAt, policy.nextResponse());
        Deadline resolution = timers.resolution() == null ? deadline(policy, postedAt, policy.resolution())
                : changed ? deadline(policy, caseOpened, policy.resolution()) : timers.resolution();
        return new SlaTimers(policy.name(), first, next, resolution, timers.firstRespondedAt(), timers.announced());
    }

    /** We replied: the first and next response clocks are met. */
    public SlaTimers replied(SlaTimers timers, Instant at) {
        return new SlaTimers(timers.policy(), null, null, timers.resolution(),
                timers.firstRespondedAt() == null ? at : timers.firstRespondedAt(), timers.announced());
    }

    /** A resolved or closed case stops every clock; one that opens again gets a new resolution clock. */
    public SlaTimers statusChanged(SlaTimers timers, CaseStatus status, Instant at) {
        if (status.isResolvedOrClosed()) {
            return new SlaTimers(timers.policy(), null, null, null, timers.firstRespondedAt(), timers.announced());
        }
        if (timers.resolution() == null) {
            SlaPolicy policy = policy(timers.policy());
            return new SlaTimers(timers.policy(), timers.firstResponse(), timers.nextResponse(),
                    deadline(policy, at, policy.resolution()), timers.firstRespondedAt(), timers.announced());
        }
        return timers;
    }

    /** Warnings and breaches reached by {@code now} and not announced yet, in the order they happened (warnings first). */
    public List<SlaTimers.Crossing> crossings(SlaTimers timers, Instant now) {
        List<SlaTimers.Crossing> found = new ArrayList<>();
        for (SlaTimers.Standing level : List.of(SlaTimers.Standing.NEAR_BREACH, SlaTimers.Standing.BREACHED)) {
            for (SlaTimers.Kind clock : SlaTimers.Kind.values()) {
                SlaTimers.Standing standing = timers.standing(clock, now);
                if (standing == null || standing.compareTo(level) < 0) {
                    continue;
                }
                SlaTimers.Crossing crossing = new SlaTimers.Crossing(clock, level, timers.deadline(clock));
                if (!timers.announced().contains(crossing.key())) {
                    found.add(crossing);
                }
            }
        }
        return found;
    }

    /** The timers with these crossings marked as announced. */
    public SlaTimers announced(SlaTimers timers, List<SlaTimers.Crossing> crossings) {
        Set<String> keys = new HashSet<>(timers.announced());
        crossings.forEach(c -> keys.add(c.key()));
        return new SlaTimers(timers.policy(), timers.firstResponse(), timers.nextResponse(), timers.resolution(),
                timers.firstRespondedAt(), keys);
    }

    /** The actions a breach under this policy takes. */
    public Set<SlaAction> onBreach(SlaTimers timers) {
        return policy(timers.policy()).onBreach();
    }
}
