package dev.parley.response.audit;

import java.util.List;

/** Where the audit trail is kept; entries are only ever added. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries first, of one case or (null) of all. */
    List<AuditEntry> recent(String caseId, int limit);
}
