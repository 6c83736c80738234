package dev.parley.response.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Agents act as themselves; supervisors, admins and machines may name any agent. */
final class Actors {

    private Actors() {
    }

    /**
     * @throws AccessDeniedException (403) when an agent names another agent
     */
    static void mayActAs(String agentId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            throw new AccessDeniedException("not authenticated");
        }
        boolean actsForOthers = caller.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals(Role.SUPERVISOR.authority()) || a.getAuthority().equals(Role.ADMIN.authority()));
        if (!actsForOthers && !caller.getName().equals(agentId)) {
            throw new AccessDeniedException("agents act as themselves: you are " + caller.getName() + ", the request names "
                    + agentId);
        }
    }

    /** The caller's name: the JWT subject or the API key's name. */
    static String current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? "anonymous" : caller.getName();
    }
}
