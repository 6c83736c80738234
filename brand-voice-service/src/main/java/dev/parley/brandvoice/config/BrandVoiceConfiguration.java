package dev.parley.brandvoice.config;

import dev.parley.brandvoice.CheckRules;
import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.check.CheckLog;
import dev.parley.brandvoice.check.ReplyChecks;
import dev.parley.brandvoice.outcomes.OutcomeStore;
import dev.parley.brandvoice.outcomes.ReplyOutcomes;
import dev.parley.brandvoice.persistence.JdbcCheckLog;
import dev.parley.brandvoice.persistence.JdbcOutcomeStore;
import dev.parley.brandvoice.persistence.JdbcProfileRepository;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.brandvoice.profile.Profiles;
import dev.parley.brandvoice.stream.PublishedCheckLog;
import dev.parley.support.messaging.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class BrandVoiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Profiles profiles(JdbcClient jdbc, JsonMapper json, BrandVoiceProperties properties, Clock clock) {
        ProfileVersion fallback = new ProfileVersion("default", 0, properties.defaultProfile(), "configuration",
                Instant.EPOCH, "parley.brand-voice.default-profile");
        return new Profiles(new JdbcProfileRepository(jdbc, json), fallback, clock, properties.profileRefresh());
    }

    @Bean
    JdbcCheckLog checkLog(JdbcClient jdbc) {
        return new JdbcCheckLog(jdbc);
    }

    @Bean
    ReplyChecks replyChecks(Profiles profiles, JdbcCheckLog checkLog, EventPublisher publisher, Clock clock) {
        CheckLog log = new PublishedCheckLog(checkLog, publisher);
        return new ReplyChecks(profiles, new BrandChecker(CheckRules.all(), clock), log);
    }

    @Bean
    JdbcOutcomeStore outcomeStore(JdbcTemplate jdbc) {
        return new JdbcOutcomeStore(jdbc);
    }

    @Bean
    ReplyOutcomes replyOutcomes(Profiles profiles, OutcomeStore outcomes) {
        return new ReplyOutcomes(profiles, outcomes);
    }
}
