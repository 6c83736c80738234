package dev.parley.response.persistence;

import dev.parley.response.csat.SurveyAnswer;
import dev.parley.response.csat.SurveyRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSurveyRepository implements SurveyRepository {
    private final JdbcClient jdbc;

    JdbcSurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean sent(String caseId, String replyId, Instant at) {
        return jdbc.sql("INSERT INTO csat_surveys (case_id, reply_id, sent_at) VALUES (?, ?, ?) ON CONFLICT (case_id) DO NOTHING")
                .params(UUID.fromString(caseId), UUID.fromString(replyId), Timestamp.from(at)).update() == 1;
    }

    @Override
    public Optional<Survey> find(String caseId) {
        return jdbc.sql("SELECT case_id, reply_id, sent_at, score, nps, answered_at FROM csat_surveys WHERE case_id = ?")
                .param(UUID.fromString(caseId))
                .query((rs, n) -> {
                    int score = rs.getInt("score");
                    SurveyAnswer answer = rs.wasNull() ? null
                            : new SurveyAnswer(score, rs.getObject("nps") == null ? null : rs.getInt("nps"));
                    Timestamp answeredAt = rs.getTimestamp("answered_at");
                    return new Survey(rs.getString("case_id"), rs.getString("reply_id"),
                            rs.getTimestamp("sent_at").toInstant(), answer, answeredAt == null ? null : answeredAt.toInstant());
                })
                .optional();
    }

    @Override
    public void answered(String caseId, SurveyAnswer answer, String postId, Instant at) {
        jdbc.sql("UPDATE csat_surveys SET score = ?, nps = ?, answer_post_id = ?, answered_at = ? WHERE case_id = ?")
                .params(answer.score(), answer.nps(), postId, Timestamp.from(at), UUID.fromString(caseId)).update();
    }
}
