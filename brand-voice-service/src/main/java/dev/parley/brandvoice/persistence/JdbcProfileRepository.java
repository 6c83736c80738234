package dev.parley.brandvoice.persistence;

import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.ProfileRepository;
import dev.parley.brandvoice.profile.ProfileVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Profile versions as JSONB rows; the primary key (brand, version) makes two concurrent saves of one version fail. */
public class JdbcProfileRepository implements ProfileRepository {
    private static final String COLUMNS = "brand, version, profile::text AS profile, changed_by, changed_at, note";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcProfileRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ProfileVersion> latest(String brand) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile_versions WHERE brand = ? ORDER BY version DESC LIMIT 1")
                .param(brand).query(this::version).optional();
    }

    @Override
    public Optional<ProfileVersion> version(String brand, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile_versions WHERE brand = ? AND version = ?")
                .params(brand, version).query(this::version).optional();
    }

    @Override
    public List<ProfileVersion> history(String brand) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile_versions WHERE brand = ? ORDER BY version DESC")
                .param(brand).query(this::version).list();
    }

    @Override
    public List<String> brands() {
        return jdbc.sql("SELECT DISTINCT brand FROM profile_versions ORDER BY brand").query(String.class).list();
    }

    @Override
    public boolean append(ProfileVersion next) {
        try {
            return jdbc.sql("INSERT INTO profile_versions (brand, version, profile, changed_by, changed_at, note) "
                            + "VALUES (?, ?, ?::jsonb, ?, ?, ?)")
                    .params(next.brand(), next.version(), json.writeValueAsString(next.profile()), next.changedBy(),
                            Timestamp.from(next.changedAt()), next.note())
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private ProfileVersion version(ResultSet rs, int row) throws SQLException {
        return new ProfileVersion(rs.getString("brand"), rs.getInt("version"),
                json.readValue(rs.getString("profile"), BrandProfile.class), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("note"));
    }
}
