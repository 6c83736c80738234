package dev.parley.response.persistence;

import dev.parley.events.CaseStatus;
import dev.parley.events.Feeling;
import dev.parley.events.IntentLabel;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriageCorrection;
import dev.parley.events.TriagedPost;
import dev.parley.events.WireEnum;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseNote;
import dev.parley.response.cases.Escalation;
import dev.parley.response.cases.EscalationLevel;
import dev.parley.response.cases.CaseQuery;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.ConversationCases;
import dev.parley.response.cases.Presence;
import dev.parley.response.sla.Deadline;
import dev.parley.response.sla.SlaTimers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcCaseRepository implements CaseRepository {
    static final String CASE_COLUMNS = "case_id, conversation_id, brand, platform, channel, status, priority, "
            + "sentiment, assignee, created_at, updated_at, follow_up_of, sla_policy, first_response_warn, first_response_due, "
            + "next_response_warn, next_response_due, resolution_warn, resolution_due, first_responded_at, sla_announced, "
            + "team, skills, escalation, tags";
    private static final String LIVE = "status NOT IN ('resolved', 'closed')";
    private static final String NEXT_WARNING = "LEAST(first_response_warn, next_response_warn, resolution_warn)";
    /** Scheduled work takes the rows it will change; other replicas' schedules skip them. */
    static final String SKIP_LOCKED = "FOR UPDATE SKIP LOCKED";
    private static final String NEXT_DUE = "LEAST(first_response_due, next_response_due, resolution_due)";
    /** A post filed into a case, unless it is filed already (a redelivery). */
    static final String INSERT_POST = """
            INSERT INTO case_posts (post_id, case_id, external_id, author_id, author_handle, text, sentiment,
                sentiment_score, priority, priority_reasons, created_at, received_at, intent, topics, language,
                triage_model, feelings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id) DO NOTHING""";

    /** The transaction's conversations read ahead of filing their posts ({@link #readConversationsAhead}). */
    private static final Object CONVERSATIONS_READ_AHEAD = new Object();

    private static final TypeReference<Map<String, String>> CORRECTIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CaseInserts inserts;

    JdbcCaseRepository(JdbcClient jdbc, JsonMapper json, CaseInserts inserts) {
        this.jdbc = jdbc;
        this.json = json;
        this.inserts = inserts;
    }

    @Override
    public ConversationCases conversation(String conversationId, String postId) {
        Map<String, ReadAhead> ahead = TransactionScoped.bound(CONVERSATIONS_READ_AHEAD);
        ReadAhead read = ahead == null ? null : ahead.remove(conversationId);
        if (read != null && read.postId().equals(postId)) {
            return read.cases();
        }
        return lookUp(Map.of(conversationId, postId)).getOrDefault(conversationId, ConversationCases.NONE);
    }

    @Override
    public void readConversationsAhead(List<TriagedPost> posts) {
        Map<String, ReadAhead> ahead = TransactionScoped.get(CONVERSATIONS_READ_AHEAD, HashMap::new);
        if (ahead == null || posts.isEmpty()) {
            return;
        }
        // A conversation's first post in the poll; later ones find it written to and ask again. In conversation
        // order, the order the look-up locks their cases in, as crisis escalation does: the two never deadlock.
        Map<String, String> firstPosts = new TreeMap<>();
        posts.forEach(t -> firstPosts.putIfAbsent(t.post().conversationId(), t.post().postId()));
        Map<String, ConversationCases> found = lookUp(firstPosts);
        firstPosts.forEach((conversation, post) -> ahead.put(conversation,
                new ReadAhead(post, found.getOrDefault(conversation, ConversationCases.NONE))));
    }

    /**
     * The conversations (those with cases) of arriving posts, by conversation id, in one round trip: each
     * one's live case (sorting before closed ones) else its latest closed one, and whether its post is filed.
     */
    private Map<String, ConversationCases> lookUp(Map<String, String> postByConversation) {
        Map<String, ConversationCases> found = new HashMap<>();
        jdbc.sql("""
                        SELECT c.*, EXISTS (SELECT 1 FROM case_posts p WHERE p.post_id = k.post_id) AS post_filed
                        FROM unnest(?::text[], ?::text[]) AS k (conversation_id, post_id)
                        CROSS JOIN LATERAL (SELECT * FROM cases WHERE conversation_id = k.conversation_id
                            ORDER BY status = 'closed', created_at DESC LIMIT 1 FOR UPDATE) c""")
                .params(postByConversation.keySet().toArray(String[]::new),
                        postByConversation.values().toArray(String[]::new))
                .query((RowCallbackHandler) rs -> found.put(rs.getString("conversation_id"),
                        toConversationCases(rs, rs.getRow())));
        return found;
    }

    /** A post's conversation as read ahead of filing it. */
    private record ReadAhead(String postId, ConversationCases cases) {
    }

    /** Anything written to a conversation's cases or posts makes what was read ahead of it stale. */
    private static void written(String conversationId) {
        Map<String, ReadAhead> ahead = TransactionScoped.bound(CONVERSATIONS_READ_AHEAD);
        if (ahead != null) {
            ahead.remove(conversationId);
        }
    }

    private static ConversationCases toConversationCases(ResultSet rs, int row) throws SQLException {
        Case latest = toCase(rs, row);
        boolean filed = rs.getBoolean("post_filed");
        return latest.status() == CaseStatus.CLOSED
                ? new ConversationCases(Optional.empty(), latest.caseId(), filed)
                : new ConversationCases(Optional.of(latest), null, filed);
    }

    @Override
    public String latestAuthorId(String caseId) {
        return jdbc.sql("SELECT author_id FROM case_posts WHERE case_id = ? ORDER BY created_at DESC, post_id DESC LIMIT 1")
                .param(UUID.fromString(caseId)).query(String.class).single();
    }

    @Override
    public List<Case> liveWithSkill(String skill, String brand, int limit) {
        // Locked in conversation order, as the filing's look-up locks them: the two never deadlock.
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE case_id IN (SELECT case_id FROM cases WHERE "
                        + LIVE + " AND ? = ANY (skills) AND (?::text IS NULL OR brand = ?::text) "
                        + "ORDER BY priority DESC LIMIT ?) ORDER BY conversation_id FOR UPDATE")
                .params(skill, brand, brand, limit).query(JdbcCaseRepository::toCase).list();
    }

    @Override
    public List<Case> pendingSince(Instant before, int limit) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE status = 'pending_customer' AND updated_at < ? "
                        + "ORDER BY updated_at LIMIT ? " + SKIP_LOCKED)
                .params(Timestamp.from(before), limit).query(JdbcCaseRepository::toCase).list();
    }

    @Override
    public Optional<Case> find(String caseId) {
        return find(caseId, "");
    }

    @Override
    public Optional<Case> findForChange(String caseId) {
        return find(caseId, " FOR UPDATE");
    }

    private Optional<Case> find(String caseId, String locking) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE case_id = ?" + locking)
                .param(id).query(JdbcCaseRepository::toCase).optional();
    }

    @Override
    public void open(Case c, TriagedPost first) {
        written(c.conversationId());
        inserts.open(c, first);
    }

    @Override
    public void update(Case c) {
        written(c.conversationId());
        List<Object> values = new ArrayList<>();
        values.add(c.status().wireName());
        values.add(c.priority());
        values.add(wire(c.sentiment()));
        values.add(c.assignee());
        values.add(Timestamp.from(c.updatedAt()));
        values.addAll(slaValues(c.sla()));
        values.add(c.team());
        values.add(c.skills().stream().sorted().toArray(String[]::new));
        values.add(wire(c.escalation()));
        values.add(c.tags().stream().sorted().toArray(String[]::new));
        values.add(UUID.fromString(c.caseId()));
        jdbc.sql("UPDATE cases SET status = ?, priority = ?, sentiment = ?, assignee = ?, updated_at = ?, sla_policy = ?, "
                        + "first_response_warn = ?, first_response_due = ?, next_response_warn = ?, next_response_due = ?, "
                        + "resolution_warn = ?, resolution_due = ?, first_responded_at = ?, sla_announced = ?, team = ?, "
                        + "skills = ?, escalation = ?, tags = ? WHERE case_id = ?")
                .params(values).update();
    }

    @Override
    public boolean addPost(String caseId, TriagedPost triaged) {
        written(triaged.post().conversationId());
        return jdbc.sql(INSERT_POST).params(postValues(caseId, triaged)).update() == 1;
    }

    @Override
    public List<CasePost> posts(String caseId) {
        return jdbc.sql("""
                        SELECT p.post_id, external_id, author_handle, text, sentiment, sentiment_score, priority,
                            priority_reasons, created_at, intent, topics, language, triage_model, feelings,
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
                        rs.getString("triage_model"), corrections(rs.getString("corrections")),
                        Arrays.stream((String[]) rs.getArray("feelings").getArray())
                                .map(f -> WireEnum.parse(Feeling.class, f)).toList()))
                .list();
    }

    private Map<String, String> corrections(String json) {
        return json == null ? Map.of() : this.json.readValue(json, CORRECTIONS);
    }

    @Override
    public void addNote(CaseNote note) {
        jdbc.sql("INSERT INTO case_notes (note_id, case_id, author, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(note.noteId()), UUID.fromString(note.caseId()), note.author(), note.kind(),
                        note.text(), Timestamp.from(note.createdAt()))
                .update();
    }

    @Override
    public void addEscalation(String caseId, Escalation step) {
        jdbc.sql("INSERT INTO case_escalations (case_id, level, reason, by_whom, at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.fromString(caseId), step.level().wireName(), step.reason(), step.by(), Timestamp.from(step.at()))
                .update();
    }

    @Override
    public List<Escalation> escalations(String caseId) {
        return jdbc.sql("SELECT level, reason, by_whom, at FROM case_escalations WHERE case_id = ? ORDER BY at")
                .param(UUID.fromString(caseId))
                .query((rs, n) -> new Escalation(WireEnum.parse(EscalationLevel.class, rs.getString("level")),
                        rs.getString("reason"), rs.getString("by_whom"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    @Override
    public List<CaseNote> notes(String caseId) {
        return jdbc.sql("SELECT note_id, case_id, author, kind, text, created_at FROM case_notes WHERE case_id = ? "
                        + "ORDER BY created_at, note_id")
                .param(UUID.fromString(caseId))
                .query((rs, n) -> new CaseNote(rs.getString("note_id"), rs.getString("case_id"), rs.getString("author"),
                        rs.getString("kind"), rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public void touchPresence(String caseId, Presence presence) {
        jdbc.sql("INSERT INTO case_presence (case_id, agent_id, activity, expires_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (case_id, agent_id) DO UPDATE SET activity = EXCLUDED.activity, "
                        + "expires_at = EXCLUDED.expires_at")
                .params(UUID.fromString(caseId), presence.agentId(), presence.activity(), Timestamp.from(presence.until()))
                .update();
    }

    @Override
    public List<Presence> presence(String caseId, Instant now) {
        return jdbc.sql("SELECT agent_id, activity, expires_at FROM case_presence WHERE case_id = ? AND expires_at > ? "
                        + "ORDER BY agent_id")
                .params(UUID.fromString(caseId), Timestamp.from(now))
                .query((rs, n) -> new Presence(rs.getString("agent_id"), rs.getString("activity"),
                        rs.getTimestamp("expires_at").toInstant()))
                .list();
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
    public List<Case> list(CaseQuery query, int limit, int offset) {
        List<Object> values = new ArrayList<>();
        String where = where(query, values);
        values.add(limit);
        values.add(offset);
        String order = switch (query.order()) {
            case PRIORITY -> "priority DESC, updated_at DESC";
            case SLA -> NEXT_DUE + " ASC NULLS LAST, priority DESC";
            case NEWEST -> "created_at DESC";
            case OLDEST -> "created_at ASC";
        };
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE " + where
                        + " ORDER BY " + order + ", case_id LIMIT ? OFFSET ?")
                .params(values).query(JdbcCaseRepository::toCase).list();
    }

    @Override
    public long count(CaseQuery query, long upTo) {
        List<Object> values = new ArrayList<>();
        String where = where(query, values);
        values.add(upTo);
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM cases WHERE " + where + " LIMIT ?) matching")
                .params(values).query(Long.class).single();
    }

    /** The query's conditions, their values added to {@code values}. */
    private static String where(CaseQuery query, List<Object> values) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (query.status() != null) {
            conditions.add("status = ?");
            values.add(query.status().wireName());
        }
        if (CaseQuery.UNASSIGNED.equals(query.assignee())) {
            conditions.add("assignee IS NULL");
        } else if (query.assignee() != null) {
            conditions.add("assignee = ?");
            values.add(query.assignee());
        }
        if (query.team() != null) {
            conditions.add("team = ?");
            values.add(query.team());
        }
        if (query.tag() != null) {
            // Containment, not "= ANY", so the GIN index on tags answers it.
            conditions.add("tags @> ARRAY[?]::text[]");
            values.add(query.tag());
        }
        if (query.sla() != null) {
            Timestamp now = Timestamp.from(query.now());
            conditions.add(LIVE);
            switch (query.sla()) {
                case BREACHED -> conditions.add(NEXT_DUE + " <= ?");
                case NEAR_BREACH -> conditions.add(NEXT_WARNING + " <= ? AND COALESCE(" + NEXT_DUE + " > ?, TRUE)");
                case OK -> conditions.add("COALESCE(" + NEXT_WARNING + " > ?, TRUE)");
            }
            values.add(now);
            if (query.sla() == SlaTimers.Standing.NEAR_BREACH) {
                values.add(now);
            }
        }
        return String.join(" AND ", conditions);
    }

    @Override
    public List<Case> slaWarningsDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases WHERE " + LIVE + " AND " + NEXT_WARNING + " <= ? "
                        + "ORDER BY " + NEXT_WARNING + " LIMIT ? " + SKIP_LOCKED)
                .params(Timestamp.from(now), limit).query(JdbcCaseRepository::toCase).list();
    }

    /** The values of a new case's row, in {@link #CASE_COLUMNS}' order. */
    static List<Object> caseValues(Case c) {
        List<Object> values = new ArrayList<>(List.of(UUID.fromString(c.caseId()), c.conversationId(), c.brand(),
                c.platform().wireName(), c.channel(), c.status().wireName(), c.priority()));
        values.add(wire(c.sentiment()));
        values.add(c.assignee());
        values.add(Timestamp.from(c.createdAt()));
        values.add(Timestamp.from(c.updatedAt()));
        values.add(c.followUpOf() == null ? null : UUID.fromString(c.followUpOf()));
        values.addAll(slaValues(c.sla()));
        values.add(c.team());
        values.add(c.skills().stream().sorted().toArray(String[]::new));
        values.add(wire(c.escalation()));
        values.add(c.tags().stream().sorted().toArray(String[]::new));
        return values;
    }

    /** The values of {@link #INSERT_POST}. */
    static List<Object> postValues(String caseId, TriagedPost triaged) {
        var post = triaged.post();
        return Arrays.asList(post.postId(), UUID.fromString(caseId), post.externalId(), post.author().id(),
                post.author().handle(), post.text(), triaged.sentiment().label().wireName(),
                triaged.sentiment().score(), triaged.priority().score(),
                triaged.priority().reasons().toArray(String[]::new), Timestamp.from(post.createdAt()),
                Timestamp.from(post.receivedAt()),
                triaged.intent() == null ? null : triaged.intent().label().wireName(),
                triaged.topics().stream().map(TopicMatch::topic).toArray(String[]::new),
                triaged.language() == null ? null : triaged.language().tag(), triaged.model(),
                triaged.feelings() == null ? new String[0] : triaged.feelings().detected().stream()
                        .map(f -> f.feeling().wireName()).toArray(String[]::new));
    }

    private static List<Object> slaValues(SlaTimers sla) {
        List<Object> values = new ArrayList<>();
        values.add(sla.policy());
        for (Deadline d : new Deadline[] {sla.firstResponse(), sla.nextResponse(), sla.resolution()}) {
            values.add(d == null ? null : Timestamp.from(d.warnAt()));
            values.add(d == null ? null : Timestamp.from(d.due()));
        }
        values.add(sla.firstRespondedAt() == null ? null : Timestamp.from(sla.firstRespondedAt()));
        values.add(sla.announced().stream().sorted().toArray(String[]::new));
        return values;
    }

    private static Deadline deadline(ResultSet rs, String clock) throws SQLException {
        Timestamp due = rs.getTimestamp(clock + "_due");
        return due == null ? null : new Deadline(rs.getTimestamp(clock + "_warn").toInstant(), due.toInstant());
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
                rs.getString("follow_up_of"), new SlaTimers(rs.getString("sla_policy"), deadline(rs, "first_response"),
                        deadline(rs, "next_response"), deadline(rs, "resolution"),
                        rs.getTimestamp("first_responded_at") == null ? null
                                : rs.getTimestamp("first_responded_at").toInstant(),
                        Set.of((String[]) rs.getArray("sla_announced").getArray())),
                rs.getString("team"), Set.of((String[]) rs.getArray("skills").getArray()),
                rs.getString("escalation") == null ? null
                        : WireEnum.parse(EscalationLevel.class, rs.getString("escalation")),
                Set.of((String[]) rs.getArray("tags").getArray()));
    }
}
