package dev.parley.brandvoice.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.brandvoice.CheckRules;
import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.check.CustomerPost;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.events.BrandCheck;
import dev.parley.events.Feeling;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.events.Verdict;
import dev.parley.events.Violation;
import dev.parley.events.WireEnum;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's corpus of good and bad replies (src/test/resources/corpus/replies.jsonl), each with the verdict and
 * the rules it must break, checked with the shipped default profile (application.yml) and a second, stricter brand.
 */
class ReplyCorpusTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyReplyInTheCorpusGetsItsExpectedVerdictAndViolations() throws IOException {
        Map<String, ProfileVersion> profiles = Map.of(
                "default", new ProfileVersion("default", 0, shippedDefault(), "configuration", Instant.EPOCH, null),
                "acme-air", new ProfileVersion("acme-air", 1, JSON.readValue(resource("corpus/acme-air.profile.json"),
                        BrandProfile.class), "test", Instant.EPOCH, null));
        BrandChecker checker = new BrandChecker(CheckRules.all(), Clock.systemUTC());
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String line : resource("corpus/replies.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            cases++;
            JsonNode c = JSON.readTree(line);
            String profile = c.get("profile").asString();
            Draft draft = new Draft(c.get("text").asString(), WireEnum.parse(Platform.class, c.get("platform").asString()),
                    c.get("private").asBoolean(), customer(c.get("customer")));
            BrandCheck check = checker.check(profile, profiles.get(profile), draft);
            Verdict expectedVerdict = WireEnum.parse(Verdict.class, c.get("verdict").asString());
            TreeSet<String> expectedRules = new TreeSet<>();
            c.get("rules").forEach(r -> expectedRules.add(r.asString()));
            TreeSet<String> rules = new TreeSet<>(check.violations().stream().map(Violation::rule).toList());
            if (check.verdict() != expectedVerdict || !rules.equals(expectedRules)) {
                wrong.add("#" + c.get("id").asInt() + " " + c.get("text").asString().substring(0,
                        Math.min(60, c.get("text").asString().length())) + ": expected " + expectedVerdict.wireName()
                        + " " + expectedRules + ", got " + check.verdict().wireName() + " " + rules + " "
                        + check.violations().stream().map(Violation::message).toList());
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(100);
        assertThat(wrong).as("corpus replies checked wrongly").isEmpty();
    }

    /** The default profile exactly as application.yml ships it, bound the way the service binds it. */
    static BrandProfile shippedDefault() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("parley.brand-voice", BrandVoiceProperties.class).get().defaultProfile();
    }

    private static CustomerPost customer(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<Feeling> feelings = new ArrayList<>();
        node.get("feelings").forEach(f -> feelings.add(WireEnum.parse(Feeling.class, f.asString())));
        return new CustomerPost(node.get("text").asString(),
                node.has("authorHandle") ? node.get("authorHandle").asString() : null,
                WireEnum.parse(SentimentLabel.class, node.get("sentiment").asString()), feelings);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReplyCorpusTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
