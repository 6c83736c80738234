package dev.parley.brandvoice.persistence;

import dev.parley.brandvoice.outcomes.CaseChangeSummary;
import dev.parley.brandvoice.outcomes.OutcomeCounts;
import dev.parley.brandvoice.outcomes.OutcomeStore;
import dev.parley.brandvoice.outcomes.SentReply;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final JdbcClient jdbc;

    public JdbcOutcomeStore(JdbcTemplate template) {
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
        // Each case's changes folded into one row (ON CONFLICT cannot touch a row twice), three statements a poll
        // at most. Safe to repeat when a failed poll is read again: the same status and answer are set again, and
        // reopened only ever turns on. No row reads as open, never reopened and unanswered (the counts join it
        // LEFT), so a case the poll left just that (most: opened, a post added) needs no row, only a look-up in
        // case it was stored resolved. Whether a case's run began resolved is a constant of each upsert: ON
        // CONFLICT's SET could only look it up in the poll's rows again, a scan of them per stored case.
        Map<Boolean, List<CaseChangeSummary>> leftOpen = CaseChangeSummary.of(changes).stream()
                .collect(Collectors.partitioningBy(CaseChangeSummary::leftOpenAndUnanswered));
        reopenStoredResolved(leftOpen.get(true));
        Map<Boolean, List<CaseChangeSummary>> byFirstResolved = leftOpen.get(false).stream()
                .collect(Collectors.partitioningBy(CaseChangeSummary::firstResolved));
        upsertOutcomes(byFirstResolved.get(true), "");
        upsertOutcomes(byFirstResolved.get(false), " OR o.resolved");
    }

    /** Cases whose changes left them open: a stored resolved one was reopened. */
    private void reopenStoredResolved(List<CaseChangeSummary> open) {
        if (open.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE case_outcomes o SET reopened = true, resolved = false
                        FROM unnest(?::text[]) AS c (case_id) WHERE o.case_id = c.case_id AND o.resolved""")
                .params((Object) open.stream().map(CaseChangeSummary::caseId).toArray(String[]::new))
                .update();
    }

    /** @param reopensResolved what else reopens a stored case: a stored resolved one, for runs that began open */
    private void upsertOutcomes(List<CaseChangeSummary> summaries, String reopensResolved) {
        if (summaries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO case_outcomes AS o (case_id, resolved, reopened, csat)
                        SELECT * FROM unnest(?::text[], ?::boolean[], ?::boolean[], ?::int[])
                        ON CONFLICT (case_id) DO UPDATE SET
                            reopened = o.reopened OR EXCLUDED.reopened%s,
                            resolved = EXCLUDED.resolved,
                            csat = coalesce(EXCLUDED.csat, o.csat)""".formatted(reopensResolved))
                .params(summaries.stream().map(CaseChangeSummary::caseId).toArray(String[]::new),
                        summaries.stream().map(CaseChangeSummary::lastResolved).toArray(Boolean[]::new),
                        summaries.stream().map(CaseChangeSummary::reopenedWithin).toArray(Boolean[]::new),
                        summaries.stream().map(CaseChangeSummary::lastCsat).toArray(Integer[]::new))
                .update();
    }

    @Override
    public void customersPosted(List<CustomerPost> posts) {
        // One statement a poll. Only the first post after a reply speaks to it: of a poll's posts that follow the
        // same reply, the earliest in the poll's order; later polls find the reply already answered.
        if (posts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        WITH posts AS (
                            SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::text[]) WITH ORDINALITY
                                AS p (conversation_id, posted_at, sentiment, position)),
                        answers AS (
                            SELECT DISTINCT ON (r.reply_id) r.reply_id, p.sentiment FROM posts p
                            CROSS JOIN LATERAL (SELECT reply_id FROM sent_replies
                                WHERE conversation_id = p.conversation_id AND requested_at < p.posted_at
                                ORDER BY requested_at DESC LIMIT 1) r
                            ORDER BY r.reply_id, p.position)
                        UPDATE sent_replies s SET reaction = a.sentiment FROM answers a
                        WHERE s.reply_id = a.reply_id AND s.reaction IS NULL""")
                .params(posts.stream().map(CustomerPost::conversationId).toArray(String[]::new),
                        posts.stream().map(post -> post.postedAt().toString()).toArray(String[]::new),
                        posts.stream().map(post -> post.sentiment().wireName()).toArray(String[]::new))
                .update();
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
