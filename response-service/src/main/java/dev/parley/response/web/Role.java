package dev.parley.response.web;

/** What a caller of the response API may do. */
public enum Role {
    /** Answers cases: reads them, replies, moves them, claims them, corrects triage. */
    AGENT,
    /** An agent who also reassigns cases, manages agents and reads the audit log, and acts for any agent. */
    SUPERVISOR,
    /** Reads cases. */
    ANALYST,
    /** Everything a supervisor can, for the organisation's administrators and machines. */
    ADMIN;

    /** Spring Security's authority for the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
