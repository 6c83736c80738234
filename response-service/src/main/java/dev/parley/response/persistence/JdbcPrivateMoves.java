package dev.parley.response.persistence;

import dev.parley.events.Platform;
import dev.parley.response.cases.PrivateMoves;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPrivateMoves implements PrivateMoves {
    private final JdbcClient jdbc;

    JdbcPrivateMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void invited(String publicCaseId, String brand, Platform platform, String authorId, Instant at) {
        jdbc.sql("INSERT INTO private_moves (public_case, brand, platform, author_id, invited_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (public_case) DO UPDATE SET invited_at = EXCLUDED.invited_at")
                .params(UUID.fromString(publicCaseId), brand, platform.wireName(), authorId, Timestamp.from(at)).update();
    }

    @Override
    public Optional<String> waitingFor(String brand, Platform platform, String authorId) {
        return jdbc.sql("SELECT public_case FROM private_moves WHERE brand = ? AND platform = ? AND author_id = ? "
                        + "AND private_case IS NULL ORDER BY invited_at DESC LIMIT 1")
                .params(brand, platform.wireName(), authorId).query(String.class).optional();
    }

    @Override
    public void continued(String publicCaseId, String privateCaseId, Instant at) {
        jdbc.sql("UPDATE private_moves SET private_case = ?, continued_at = ? WHERE public_case = ?")
                .params(UUID.fromString(privateCaseId), Timestamp.from(at), UUID.fromString(publicCaseId)).update();
    }
}
