package dev.parley.brandvoice.persistence;

import dev.parley.brandvoice.check.CheckLog;
import dev.parley.brandvoice.consistency.ConsistencyQuery;
import dev.parley.brandvoice.consistency.ConsistencyReport;
import dev.parley.brandvoice.consistency.ConsistencyReport.Row;
import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;
import dev.parley.events.Violation;
import dev.parley.events.WireEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The check log in PostgreSQL, and the consistency KPI computed from it. */
public class JdbcCheckLog implements CheckLog, ConsistencyQuery {
    private final JdbcClient jdbc;

    public JdbcCheckLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Verdict> lastVerdict(String caseId) {
        return jdbc.sql("SELECT verdict FROM checks WHERE case_id = ? ORDER BY checked_at DESC LIMIT 1").param(caseId)
                .query(String.class).optional().map(v -> WireEnum.parse(Verdict.class, v));
    }

    @Override
    public void record(BrandCheck check) {
        jdbc.sql("""
                        INSERT INTO checks (check_id, brand, guideline_version, verdict, score, rules, case_id, reply_id,
                            agent_id, team, first_attempt, checked_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(check.checkId()), check.brand(), check.guidelineVersion(),
                        check.verdict().wireName(), check.score(),
                        check.violations().stream().map(Violation::rule).distinct().toArray(String[]::new),
                        check.caseId(), check.replyId(), check.agentId(), check.team(), check.firstAttempt(),
                        Timestamp.from(check.checkedAt()))
                .update();
    }

    @Override
    public ConsistencyReport report(String brand, Instant since, Instant until) {
        String where = " FROM checks WHERE first_attempt AND checked_at >= ? AND checked_at < ?"
                + " AND (CAST(? AS TEXT) IS NULL OR brand = ?)";
        String counts = "count(*) AS attempts, count(*) FILTER (WHERE verdict <> 'block') AS passed, "
                + "count(*) FILTER (WHERE verdict = 'pass') AS clean";
        Object[] params = {Timestamp.from(since), Timestamp.from(until), brand, brand};
        Row overall = jdbc.sql("SELECT 'all' AS key, " + counts + where).params(params).query(this::row).single();
        return new ConsistencyReport(brand, since, until, overall, grouped("team", counts, where, params),
                grouped("agent_id", counts, where, params));
    }

    private List<Row> grouped(String column, String counts, String where, Object[] params) {
        return jdbc.sql("SELECT coalesce(" + column + ", 'unknown') AS key, " + counts + where + " GROUP BY 1"
                + " ORDER BY attempts DESC, key").params(params).query(this::row).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return Row.of(rs.getString("key"), rs.getLong("attempts"), rs.getLong("passed"), rs.getLong("clean"));
    }
}
