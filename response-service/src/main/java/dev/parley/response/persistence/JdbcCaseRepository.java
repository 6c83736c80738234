package dev.parley.response.persistence;

import dev.parley.events.CaseStatus;
import dev.parley.events.IntentLabel;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriageCorrection;
import dev.parley.events.TriagedPost;
import dev.parley.events.WireEnum;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcCaseRepository implements CaseRepository {
    private static final String CASE_COLUMNS = "case_id, conversation_id, brand, platform, channel, status, priority, "
            + "sentiment, assignee, created_at, updated_at, follow_up_of";

    private static final TypeReference<Map<String, String>> CORRECTIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Case> findByConversation(String conversationId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE conversation_id = ? AND status <> 'closed'")
                .param(conversationId).query(JdbcCaseRepository::toCase).optional();
    }

    @Override
    public Optional<Case> latestClosed(String conversationId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE conversation_id = ? AND status = 'closed' "
                        + "ORDER BY created_at DESC LIMIT 1")
                .param(conversationId).query(JdbcCaseRepository::toCase).optional();
    }

    @Override
    public boolean hasPost(String postId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_posts WHERE post_id = ?)").param(postId)
                .query(Boolean.class).single();
    }

    @Override
    public List<Case> pendingSince(Instant before, int limit) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE status = 'pending_customer' AND updated_at < ? "
                        + "ORDER BY updated_at LIMIT ?")
                .params(Timestamp.from(before), limit).query(JdbcCaseRepository::toCase).list();
    }

    @Override
    public Optional<Case> find(String caseId) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE case_id = ?")
                .param(id).query(JdbcCaseRepository::toCase).optional();
    }

    @Override
    public void insert(Case c) {
        jdbc.sql("INSERT INTO cases (" + CASE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(c.caseId()), c.conversationId(), c.brand(), c.platform().wireName(), c.channel(),
                        c.status().wireName(), c.priority(), wire(c.sentiment()), c.assignee(),
                        Timestamp.from(c.createdAt()), Timestamp.from(c.updatedAt()),
                        c.followUpOf() == null ? null : UUID.fromString(c.followUpOf()))
                .update();
    }

    @Override
    public void update(Case c) {
        jdbc.sql("UPDATE cases SET status = ?, priority = ?, sentiment = ?, assignee = ?, updated_at = ? WHERE case_id = ?")
                .params(c.status().wireName(), c.priority(), wire(c.sentiment()), c.assignee(),
                        Timestamp.from(c.updatedAt()), UUID.fromString(c.caseId()))
                .update();
    }

    @Override
    public boolean addPost(String caseId, TriagedPost triaged) {
        var post = triaged.post();
        return jdbc.sql("""
                        INSERT INTO case_posts (post_id, case_id, external_id, author_id, author_handle, text, sentiment,
                            sentiment_score, priority, priority_reasons, created_at, received_at, intent, topics, language,
                            triage_model)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id) DO NOTHING""")
                .params(post.postId(), UUID.fromString(caseId), post.externalId(), post.author().id(),
                        post.author().handle(), post.text(), triaged.sentiment().label().wireName(),
                        triaged.sentiment().score(), triaged.priority().score(),
                        triaged.priority().reasons().toArray(String[]::new), Timestamp.from(post.createdAt()),
                        Timestamp.from(post.receivedAt()),
                        triaged.intent() == null ? null : triaged.intent().label().wireName(),
                        triaged.topics().stream().map(TopicMatch::topic).toArray(String[]::new),
                        triaged.language() == null ? null : triaged.language().tag(), triaged.model())
                .update() == 1;
    }

    @Override
    public List<CasePost> posts(String caseId) {
        return jdbc.sql("""
                        SELECT p.post_id, external_id, author_handle, text, sentiment, sentiment_score, priority,
                            priority_reasons, created_at, intent, topics, language, triage_model,
                            (SELECT json_object_agg(field, agent_value)::text FROM triage_corrections c
                             WHERE c.post_id = p.post_id) AS corrections
                        FROM case_posts p WHERE case_id = ? ORDER BY created_at, p.post_id""")
                .param(UUID.fromString(caseId))
                .query((rs, n) -> new CasePost(rs.getString("post_id"), rs.getString("external_id"),
                        rs.getString("author_handle"), rs.getString("text"),
                        WireEnum.parse(SentimentLabel.class, rs.getString("sentiment")), rs.getDouble("sentiment_score"),
                        rs.getInt("priority"), Arrays.asList((String[]) rs.getArray("priority_reasons").getArray()),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("intent") == null ? null : WireEnum.parse(IntentLabel.class, rs.getString("intent")),
                        Arrays.asList((String[]) rs.getArray("topics").getArray()), rs.getString("language"),
                        rs.getString("triage_model"), corrections(rs.getString("corrections"))))
                .list();
    }

    private Map<String, String> corrections(String json) {
        return json == null ? Map.of() : this.json.readValue(json, CORRECTIONS);
    }

    @Override
    public void recordCorrection(TriageCorrection correction) {
        jdbc.sql("""
                        INSERT INTO triage_corrections (post_id, field, agent_value, agent_id, corrected_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (post_id, field) DO UPDATE
                        SET agent_value = EXCLUDED.agent_value, agent_id = EXCLUDED.agent_id,
                            corrected_at = EXCLUDED.corrected_at""")
                .params(correction.postId(), correction.field().wireName(), correction.agentValue(), correction.agent(),
                        Timestamp.from(correction.correctedAt()))
                .update();
    }

    @Override
    public List<Case> list(CaseStatus status, int limit, int offset) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE (?::text IS NULL OR status = ?::text) "
                        + "ORDER BY priority DESC, updated_at DESC, case_id LIMIT ? OFFSET ?")
                .params(wire(status), wire(status), limit, offset)
                .query(JdbcCaseRepository::toCase).list();
    }

    @Override
    public long count(CaseStatus status) {
        return jdbc.sql("SELECT count(*) FROM cases WHERE (?::text IS NULL OR status = ?::text)")
                .params(wire(status), wire(status)).query(Long.class).single();
    }

    private static String wire(WireEnum value) {
        return value == null ? null : value.wireName();
    }

    private static Case toCase(ResultSet rs, int row) throws SQLException {
        String sentiment = rs.getString("sentiment");
        return new Case(rs.getString("case_id"), rs.getString("conversation_id"), rs.getString("brand"),
                WireEnum.parse(Platform.class, rs.getString("platform")), rs.getString("channel"),
                WireEnum.parse(CaseStatus.class, rs.getString("status")), rs.getInt("priority"),
                sentiment == null ? null : WireEnum.parse(SentimentLabel.class, sentiment), rs.getString("assignee"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("follow_up_of"));
    }
}
