package dev.parley.brandvoice.config;

import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.check.CheckLog;
import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.ReplyChecks;
import dev.parley.brandvoice.clarity.ClarityCheck;
import dev.parley.brandvoice.conventions.EmojiCheck;
import dev.parley.brandvoice.conventions.PlatformConventions;
import dev.parley.brandvoice.conventions.SignOffCheck;
import dev.parley.brandvoice.empathy.EmpathyCheck;
import dev.parley.brandvoice.outcomes.OutcomeStore;
import dev.parley.brandvoice.outcomes.ReplyOutcomes;
import dev.parley.brandvoice.persistence.JdbcCheckLog;
import dev.parley.brandvoice.persistence.JdbcOutcomeStore;
import dev.parley.brandvoice.persistence.JdbcProfileRepository;
import dev.parley.brandvoice.phrases.BannedPhrases;
import dev.parley.brandvoice.phrases.BrandName;
import dev.parley.brandvoice.phrases.MissingReinforcement;
import dev.parley.brandvoice.privacy.PersonalDataCheck;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.brandvoice.profile.Profiles;
import dev.parley.brandvoice.promises.PromiseCheck;
import dev.parley.brandvoice.promises.RegulatedTopicCheck;
import dev.parley.brandvoice.stream.PublishedCheckLog;
import dev.parley.brandvoice.tone.ToneCheck;
import dev.parley.support.messaging.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class BrandVoiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Every rule of the check, one concern each. */
    static List<CheckRule> rules() {
        return List.of(new BannedPhrases(), new MissingReinforcement(), new BrandName(), new ToneCheck(),
                new EmpathyCheck(), new ClarityCheck(), new PlatformConventions(), new EmojiCheck(),
                new SignOffCheck(), new PersonalDataCheck(), new PromiseCheck(), new RegulatedTopicCheck());
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
        return new ReplyChecks(profiles, new BrandChecker(rules(), clock), log);
    }

    @Bean
    JdbcOutcomeStore outcomeStore(JdbcClient jdbc) {
        return new JdbcOutcomeStore(jdbc);
    }

    @Bean
    ReplyOutcomes replyOutcomes(Profiles profiles, OutcomeStore outcomes) {
        return new ReplyOutcomes(profiles, outcomes);
    }
}
