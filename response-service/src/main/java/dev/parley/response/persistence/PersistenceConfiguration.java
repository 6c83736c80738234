package dev.parley.response.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration
class PersistenceConfiguration {

    /**
     * Every repository's {@code JdbcClient}: the new cases the current transaction gathered ({@link CaseInserts})
     * are inserted before each of its statements, so a statement sees every case the transaction opened.
     */
    @Bean
    JdbcClient jdbcClient(NamedParameterJdbcTemplate jdbc, CaseInserts caseInserts) {
        JdbcClient client = JdbcClient.create(jdbc);
        return sql -> {
            caseInserts.flush();
            return client.sql(sql);
        };
    }
}
