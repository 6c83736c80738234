package dev.parley.response.persistence;

import dev.parley.response.approval.Settings;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSettings implements Settings {
    private final JdbcClient jdbc;

    JdbcSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> get(String name) {
        return jdbc.sql("SELECT value FROM response_settings WHERE name = ?").param(name).query(String.class).optional();
    }

    @Override
    public void set(String name, String value, String by, Instant at) {
        jdbc.sql("INSERT INTO response_settings (name, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, "
                        + "updated_at = EXCLUDED.updated_at")
                .params(name, value, by, Timestamp.from(at)).update();
    }
}
