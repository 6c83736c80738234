package dev.parley.response.persistence;

import dev.parley.events.WireEnum;
import dev.parley.response.replies.Reply;
import dev.parley.response.replies.ReplyRepository;
import dev.parley.response.replies.ReplyState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReplyRepository implements ReplyRepository {
    private static final String COLUMNS = "reply_id, case_id, agent_id, text, status, check_id, guideline_version, reason, created_at, "
            + "updated_at, external_id";

    private final JdbcClient jdbc;

    JdbcReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Reply r) {
        jdbc.sql("INSERT INTO replies (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reply_id) DO UPDATE "
                        + "SET status = EXCLUDED.status, check_id = EXCLUDED.check_id, "
                        + "guideline_version = EXCLUDED.guideline_version, reason = EXCLUDED.reason, "
                        + "updated_at = EXCLUDED.updated_at, external_id = EXCLUDED.external_id")
                .params(UUID.fromString(r.replyId()), UUID.fromString(r.caseId()), r.agentId(), r.text(),
                        r.state().wireName(), r.checkId(), r.guidelineVersion(), r.reason(), Timestamp.from(r.createdAt()),
                        Timestamp.from(r.updatedAt()), r.externalId())
                .update();
    }

    @Override
    public List<Reply> forCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM replies WHERE case_id = ? ORDER BY created_at")
                .param(UUID.fromString(caseId)).query(JdbcReplyRepository::toReply).list();
    }

    @Override
    public Optional<Reply> find(String replyId) {
        UUID id;
        try {
            id = UUID.fromString(replyId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM replies WHERE reply_id = ?").param(id)
                .query(JdbcReplyRepository::toReply).optional();
    }

    @Override
    public List<Reply> held(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM replies WHERE status = 'held' ORDER BY created_at LIMIT ? "
                        + JdbcCaseRepository.SKIP_LOCKED)
                .param(limit).query(JdbcReplyRepository::toReply).list();
    }

    private static Reply toReply(ResultSet rs, int row) throws SQLException {
        return new Reply(rs.getString("reply_id"), rs.getString("case_id"), rs.getString("agent_id"),
                rs.getString("text"), WireEnum.parse(ReplyState.class, rs.getString("status")),
                rs.getString("check_id"), rs.getString("guideline_version"), rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("external_id"));
    }
}
