package dev.parley.brandvoice.persistence;

import dev.parley.brandvoice.outcomes.OutcomeCounts;
import dev.parley.brandvoice.outcomes.OutcomeStore;
import dev.parley.brandvoice.outcomes.SentReply;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sent replies and their outcomes in PostgreSQL; counts per phrase and attribute in one query each. */
public class JdbcOutcomeStore implements OutcomeStore {
    /** Outcome columns of one reply, joined to its case. */
    private static final String OUTCOMES = """
            count(*) AS replies, count(o.csat) AS csat_answers, coalesce(sum(o.csat), 0) AS csat_total,
            count(*) FILTER (WHERE o.resolved AND NOT o.reopened) AS resolved,
            count(r.reaction) AS reactions, count(*) FILTER (WHERE r.reaction IN ('neutral', 'positive')) AS calm
            """;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    public JdbcOutcomeStore(JdbcTemplate template) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
    }

    @Override
    public void replySent(SentReply reply) {
        jdbc.sql("""
                        INSERT INTO sent_replies (reply_id, case_id, conversation_id, brand, agent_id, phrases, attributes,
                            requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reply_id) DO NOTHING""")
                .params(reply.replyId(), reply.caseId(), reply.conversationId(), reply.brand(), reply.agentId(),
                        reply.phrases().toArray(String[]::new), reply.attributes().toArray(String[]::new),
                        Timestamp.from(reply.requestedAt()))
                .update();
    }

    @Override
    public void casesChanged(List<CaseChange> changes) {
        // Statuses and answers touch different columns, so each goes in one batch of its own, in order. Both are
        // safe to repeat when a failed poll is read again: an answer is set again, and reopened only ever turns on.
        template.batchUpdate("INSERT INTO case_outcomes (case_id, resolved) VALUES (?, ?) ON CONFLICT (case_id) "
                        + "DO UPDATE SET reopened = case_outcomes.reopened "
                        + "OR (case_outcomes.resolved AND NOT EXCLUDED.resolved), resolved = EXCLUDED.resolved",
                changes.stream().map(c -> new Object[] {c.caseId(), c.resolved()}).toList());
        List<Object[]> answers = changes.stream().filter(c -> c.csat() != null)
                .map(c -> new Object[] {c.caseId(), c.csat()}).toList();
        if (!answers.isEmpty()) {
            template.batchUpdate("INSERT INTO case_outcomes (case_id, csat) VALUES (?, ?) "
                    + "ON CONFLICT (case_id) DO UPDATE SET csat = EXCLUDED.csat", answers);
        }
    }

    @Override
    public void customersPosted(List<CustomerPost> posts) {
        // Only the first post after a reply speaks to it: later posts find the reply already answered. One
        // batch, in order, so a poll of posts costs one round trip.
        template.batchUpdate("""
                        UPDATE sent_replies SET reaction = ? WHERE reply_id = (
                            SELECT reply_id FROM sent_replies WHERE conversation_id = ? AND requested_at < ?
                            ORDER BY requested_at DESC LIMIT 1) AND reaction IS NULL""",
                posts.stream().map(post -> new Object[] {post.sentiment().wireName(), post.conversationId(),
                        Timestamp.from(post.postedAt())}).toList());
    }

    @Override
    public List<OutcomeCounts> counts(String brand, Instant since) {
        String from = " FROM sent_replies r LEFT JOIN case_outcomes o ON o.case_id = r.case_id";
        String filter = " WHERE r.brand = ? AND r.requested_at >= ?";
        String sql = "SELECT 'all' AS kind, 'all' AS name, " + OUTCOMES + from + filter
                + " UNION ALL SELECT 'phrase', p, " + OUTCOMES + from + ", unnest(r.phrases) AS p" + filter
                + " GROUP BY p"
                + " UNION ALL SELECT 'attribute', a, " + OUTCOMES + from + ", unnest(r.attributes) AS a" + filter
                + " GROUP BY a";
        Timestamp start = Timestamp.from(since);
        return jdbc.sql(sql).params(brand, start, brand, start, brand, start)
                .query((rs, n) -> new OutcomeCounts(rs.getString("kind"), rs.getString("name"), rs.getLong("replies"),
                        rs.getLong("csat_answers"), rs.getLong("csat_total"), rs.getLong("resolved"),
                        rs.getLong("reactions"), rs.getLong("calm")))
                .list();
    }
}
