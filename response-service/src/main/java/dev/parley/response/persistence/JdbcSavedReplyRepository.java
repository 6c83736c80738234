package dev.parley.response.persistence;

import dev.parley.events.Platform;
import dev.parley.events.WireEnum;
import dev.parley.response.savedreplies.SavedReply;
import dev.parley.response.savedreplies.SavedReplyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcSavedReplyRepository implements SavedReplyRepository {
    private static final String COLUMNS = "saved_reply_id, title, body, variants::text AS variants, tags, intents, topics, "
            + "updated_by, updated_at";
    private static final TypeReference<Map<String, String>> VARIANTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcSavedReplyRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void save(SavedReply r) {
        Map<String, String> variants = new TreeMap<>();
        r.variants().forEach((platform, text) -> variants.put(platform.wireName(), text));
        jdbc.sql("INSERT INTO saved_replies (saved_reply_id, title, body, variants, tags, intents, topics, updated_by, "
                        + "updated_at) VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) ON CONFLICT (saved_reply_id) DO UPDATE SET "
                        + "title = EXCLUDED.title, body = EXCLUDED.body, variants = EXCLUDED.variants, tags = EXCLUDED.tags, "
                        + "intents = EXCLUDED.intents, topics = EXCLUDED.topics, updated_by = EXCLUDED.updated_by, "
                        + "updated_at = EXCLUDED.updated_at")
                .params(UUID.fromString(r.savedReplyId()), r.title(), r.body(), json.writeValueAsString(variants),
                        sorted(r.tags()), sorted(r.intents()), sorted(r.topics()), r.updatedBy(),
                        Timestamp.from(r.updatedAt()))
                .update();
    }

    @Override
    public Optional<SavedReply> find(String savedReplyId) {
        UUID id;
        try {
            id = UUID.fromString(savedReplyId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM saved_replies WHERE saved_reply_id = ?").param(id)
                .query(this::toSavedReply).optional();
    }

    @Override
    public List<SavedReply> search(String words, String tag, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM saved_replies WHERE (?::text IS NULL OR "
                        + "to_tsvector('simple', title || ' ' || body) @@ plainto_tsquery('simple', ?::text)) "
                        + "AND (?::text IS NULL OR ?::text = ANY (tags)) ORDER BY title LIMIT ?")
                .params(words, words, tag, tag, limit).query(this::toSavedReply).list();
    }

    @Override
    public List<SavedReply> answering(String intent, List<String> topics, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", (CASE WHEN ?::text = ANY (intents) THEN 1 ELSE 0 END) "
                        + "+ cardinality(ARRAY(SELECT unnest(topics) INTERSECT SELECT unnest(?::text[]))) AS matches "
                        + "FROM saved_replies WHERE ?::text = ANY (intents) OR topics && ?::text[] "
                        + "ORDER BY matches DESC, title LIMIT ?")
                .params(intent, topics.toArray(String[]::new), intent, topics.toArray(String[]::new), limit)
                .query(this::toSavedReply).list();
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private SavedReply toSavedReply(ResultSet rs, int row) throws SQLException {
        Map<Platform, String> variants = new EnumMap<>(Platform.class);
        json.readValue(rs.getString("variants"), VARIANTS)
                .forEach((platform, text) -> variants.put(WireEnum.parse(Platform.class, platform), text));
        return new SavedReply(rs.getString("saved_reply_id"), rs.getString("title"), rs.getString("body"), variants,
                Set.of((String[]) rs.getArray("tags").getArray()), Set.of((String[]) rs.getArray("intents").getArray()),
                Set.of((String[]) rs.getArray("topics").getArray()), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
