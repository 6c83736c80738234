package dev.parley.response.persistence;

import dev.parley.response.assignment.Agent;
import dev.parley.response.assignment.AgentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agents in PostgreSQL. Within a transaction, {@link #all()} reads the table once and keeps what it read for the
 * rest of the transaction, with this transaction's own assignments applied: a poll of triaged posts routes every
 * new case against the same agents, one query instead of one per case.
 */
@Repository
class JdbcAgentRepository implements AgentRepository {
    private static final String OPEN_CASES = "SELECT assignee, count(*) AS open FROM cases WHERE %s "
            + "AND status NOT IN ('resolved', 'closed') GROUP BY assignee";
    private static final String COLUMNS = "agent_id, name, teams, skills, max_open, available, last_assigned_at, replies_need_approval";

    private final JdbcClient jdbc;

    JdbcAgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Agent a) {
        TransactionScoped.forget(this);
        jdbc.sql("INSERT INTO agents (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) "
                        + "ON CONFLICT (agent_id) DO UPDATE SET name = EXCLUDED.name, teams = EXCLUDED.teams, "
                        + "skills = EXCLUDED.skills, max_open = EXCLUDED.max_open, available = EXCLUDED.available, "
                        + "replies_need_approval = EXCLUDED.replies_need_approval, updated_at = now()")
                .params(a.agentId(), a.name(), a.teams().stream().sorted().toArray(String[]::new),
                        a.skills().stream().sorted().toArray(String[]::new), a.maxOpen(), a.available(),
                        a.lastAssignedAt() == null ? null : Timestamp.from(a.lastAssignedAt()), a.repliesNeedApproval())
                .update();
    }

    @Override
    public Optional<Agent> find(String agentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agents WHERE agent_id = ?").param(agentId)
                .query(JdbcAgentRepository::toAgent).optional();
    }

    @Override
    public List<Agent> all() {
        List<Agent> read = readInThisTransaction();
        return read == null ? read() : List.copyOf(read);
    }

    private List<Agent> read() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agents ORDER BY agent_id").query(JdbcAgentRepository::toAgent).list();
    }

    /** What this transaction read, with its own assignments applied; null outside a transaction. */
    private List<Agent> readInThisTransaction() {
        return TransactionScoped.get(this, () -> new ArrayList<>(read()));
    }

    @Override
    public Map<String, Integer> openCases() {
        return perAssignee(jdbc.sql(OPEN_CASES.formatted("assignee IS NOT NULL")));
    }

    @Override
    public Map<String, Integer> openCases(Collection<String> agentIds) {
        return perAssignee(jdbc.sql(OPEN_CASES.formatted("assignee = ANY(?)")).param(agentIds.toArray(String[]::new)));
    }

    private static Map<String, Integer> perAssignee(JdbcClient.StatementSpec openCases) {
        return openCases.query((rs, n) -> Map.entry(rs.getString("assignee"), rs.getInt("open"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void markAssigned(String agentId, Instant at) {
        jdbc.sql("UPDATE agents SET last_assigned_at = ? WHERE agent_id = ?").params(Timestamp.from(at), agentId).update();
        List<Agent> read = TransactionScoped.bound(this);
        if (read != null) {
            read.replaceAll(a -> a.agentId().equals(agentId) ? new Agent(a.agentId(), a.name(), a.teams(), a.skills(),
                    a.maxOpen(), a.available(), at, a.repliesNeedApproval()) : a);
        }
    }

    private static Agent toAgent(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_assigned_at");
        return new Agent(rs.getString("agent_id"), rs.getString("name"), Set.of((String[]) rs.getArray("teams").getArray()),
                Set.of((String[]) rs.getArray("skills").getArray()), rs.getInt("max_open"), rs.getBoolean("available"),
                last == null ? null : last.toInstant(), rs.getBoolean("replies_need_approval"));
    }
}
