package dev.parley.response.assignment;

/** How a team's next case is given out among its qualified agents. */
public enum AssignmentStrategy {
    /** The agent with the fewest live cases; ties go to whoever waited longest since their last case. */
    LEAST_LOADED,
    /** Whoever waited longest since their last case. */
    ROUND_ROBIN
}
