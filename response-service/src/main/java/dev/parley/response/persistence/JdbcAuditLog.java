package dev.parley.response.persistence;

import dev.parley.response.audit.AuditEntry;
import dev.parley.response.audit.AuditLog;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditLog implements AuditLog {
    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry e) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, case_id, status) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(e.at()), e.actor(), e.action(), e.caseId() == null ? null : UUID.fromString(e.caseId()),
                        e.status())
                .update();
    }

    @Override
    public List<AuditEntry> recent(String caseId, int limit) {
        return jdbc.sql("SELECT at, actor, action, case_id, status FROM audit_log "
                        + "WHERE (?::uuid IS NULL OR case_id = ?::uuid) ORDER BY at DESC, entry_id DESC LIMIT ?")
                .params(caseId, caseId, limit)
                .query((rs, n) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("case_id"), rs.getInt("status")))
                .list();
    }
}
