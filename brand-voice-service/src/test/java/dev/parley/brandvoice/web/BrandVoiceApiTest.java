package dev.parley.brandvoice.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Topic;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.SharedPostgres;
import dev.parley.testing.TopicReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Profiles, checks and the consistency KPI over HTTP, on real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.brand-voice.profile-refresh=0s",
        "parley.brand-voice.security.api-keys[0].name=response-service",
        // printf %s check-machine-key | sha256sum
        "parley.brand-voice.security.api-keys[0].key-sha256=6f60f56bc70aa3381243bd1fbeb67bad6ad7135e30e2eb9ef9828509faf273bf",
        "parley.brand-voice.security.api-keys[0].roles=check",
        "parley.brand-voice.security.api-keys[1].name=guidelines-team",
        // printf %s editor-machine-key | sha256sum
        "parley.brand-voice.security.api-keys[1].key-sha256=b5ab4e502abf23c94a87ea51b6bfa5f59a802db4d2be8c24e82d67fe55d7b7b5",
        "parley.brand-voice.security.api-keys[1].roles=editor"})
class BrandVoiceApiTest {
    static final String CHECK_KEY = "check-machine-key";
    static final String EDITOR_KEY = "editor-machine-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
        registry.add("spring.datasource.url", () -> SharedPostgres.jdbcUrl("brand_voice_api"));
        registry.add("spring.datasource.username", SharedPostgres::user);
        registry.add("spring.datasource.password", SharedPostgres::user);
    }

    @Test
    void eachBrandIsCheckedWithItsOwnVersionedGuidelinesAndOnlyThose() throws Exception {
        String acme = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String globex = "globex-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = send("PUT", "/api/v1/brands/" + acme + "/profile",
                change(acmeProfile(), "maria", "launch guidelines", 0));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).get("version").asInt()).isEqualTo(1);

        // "unfortunately" is banned at Acme only; "calm down" only in the default profile Globex falls back to.
        JsonNode acmeCheck = check(acme, "Unfortunately you must calm down. ^JS");
        JsonNode globexCheck = check(globex, "Unfortunately you must calm down.");
        assertThat(acmeCheck.get("guidelineVersion").asString()).isEqualTo(acme + "@1");
        assertThat(bannedPhrases(acmeCheck)).containsExactly("Unfortunately");
        assertThat(globexCheck.get("guidelineVersion").asString()).isEqualTo("default@0");
        assertThat(bannedPhrases(globexCheck)).containsExactly("calm down");

        ObjectNode stricter = acmeProfile();
        stricter.withArray("bannedPhrases").addObject().put("phrase", "must").put("reason", "orders the customer about");
        assertThat(send("PUT", "/api/v1/brands/" + acme + "/profile", change(stricter, "li", "no orders", 1))
                .statusCode()).isEqualTo(200);
        JsonNode afterChange = check(acme, "Unfortunately you must calm down. ^JS");
        assertThat(afterChange.get("guidelineVersion").asString()).isEqualTo(acme + "@2");
        assertThat(bannedPhrases(afterChange)).containsExactly("Unfortunately", "must");
        assertThat(bannedPhrases(check(globex, "Unfortunately you must calm down."))).containsExactly("calm down");

        JsonNode history = JSON.readTree(send("GET", "/api/v1/brands/" + acme + "/profile/versions", null).body());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo("li");
        assertThat(history.get(0).get("note").asString()).isEqualTo("no orders");
        assertThat(history.get(1).get("changedBy").asString()).isEqualTo("maria");
        JsonNode first = JSON.readTree(send("GET", "/api/v1/brands/" + acme + "/profile/versions/1", null).body());
        assertThat(first.get("profile").get("bannedPhrases")).hasSize(2);
    }

    @Test
    void aStaleOrInvalidProfileChangeIsRefusedWithTheReason() throws Exception {
        String brand = "initech-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("PUT", "/api/v1/brands/" + brand + "/profile", change(acmeProfile(), "maria", null, 0))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = send("PUT", "/api/v1/brands/" + brand + "/profile",
                change(acmeProfile(), "li", null, 0));
        ObjectNode invalid = acmeProfile();
        invalid.put("reinforcement", "always").putArray("preferredPhrases");
        HttpResponse<String> refused = send("PUT", "/api/v1/brands/" + brand + "/profile",
                change(invalid, "li", null, 1));
        HttpResponse<String> anonymous = send("PUT", "/api/v1/brands/" + brand + "/profile",
                change(acmeProfile(), " ", null, 1));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("is at version 1, not 0");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("no preferredPhrases");
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.body()).contains("changedBy must not be blank");
        assertThat(send("GET", "/api/v1/brands/" + brand + "/profile/versions/7", null).statusCode()).isEqualTo(404);
    }

    @Test
    void checksOfACaseCountTowardsConsistencyAndArePublishedForAnalytics() throws Exception {
        String brand = "umbrella-" + UUID.randomUUID().toString().substring(0, 8);
        String blockedThenFixed = UUID.randomUUID().toString();
        String cleanCase = UUID.randomUUID().toString();
        JsonNode blocked = check(brand, "Calm down please.", blockedThenFixed, "ana", "care");
        JsonNode rewrite = check(brand, "I understand, and I'm on it.", blockedThenFixed, "ana", "care");
        JsonNode clean = check(brand, "Happy to help: the lounge opens at 5am.", cleanCase, "bo", "sales");

        assertThat(blocked.get("firstAttempt").asBoolean()).isTrue();
        assertThat(rewrite.get("firstAttempt").asBoolean()).isFalse();
        assertThat(clean.get("firstAttempt").asBoolean()).isTrue();
        JsonNode report = JSON.readTree(send("GET", "/api/v1/consistency?brand=" + brand, null).body());
        assertThat(report.get("overall").get("firstAttempts").asLong()).isEqualTo(2);
        assertThat(report.get("overall").get("passed").asLong()).isEqualTo(1);
        assertThat(report.get("overall").get("passedFirstTime").asDouble()).isEqualTo(0.5);
        assertThat(report.get("byAgent").findValuesAsString("key")).containsExactlyInAnyOrder("ana", "bo");
        assertThat(report.get("byTeam").get(0).get("passedFirstTime").isNumber()).isTrue();

        var published = TopicReader.read(SharedKafka.bootstrapServers(), Topic.BRAND_CHECKS.topicName(),
                r -> r.key().equals(blockedThenFixed), 2, Duration.ofSeconds(20));
        assertThat(published).hasSize(2);
        assertThat(TopicReader.header(published.get(0), "ce_type")).isEqualTo("dev.parley.brand-check.v1");
        assertThat(published.get(0).value()).contains("\"verdict\":\"block\"", "\"agentId\":\"ana\"");
    }

    @Test
    void aDraftWithoutTextIsABadRequestThatSaysSo() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/checks", "{\"brand\":\"acme-air\",\"text\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("required and must not be blank: text");
    }

    private JsonNode check(String brand, String text) throws Exception {
        return check(brand, text, null, null, null);
    }

    private JsonNode check(String brand, String text, String caseId, String agent, String team) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("brand", brand).put("platform", "x").put("text", text)
                .put("caseId", caseId).put("agentId", agent).put("team", team);
        body.putObject("customerPost").put("text", "Where is my bag?").put("sentiment", "neutral");
        HttpResponse<String> response = send("POST", "/api/v1/checks", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> bannedPhrases(JsonNode check) {
        List<String> found = new ArrayList<>();
        check.get("violations").forEach(v -> {
            if (v.get("rule").asString().equals("banned-phrase")) {
                found.add(v.get("message").asString().replaceAll("^'([^']*)'.*", "$1"));
            }
        });
        return found;
    }

    private static String change(JsonNode profile, String by, String note, int expectedVersion) {
        ObjectNode change = JSON.createObjectNode().put("changedBy", by).put("note", note)
                .put("expectedVersion", expectedVersion);
        change.set("profile", profile);
        return change.toString();
    }

    @Test
    void everyCallNeedsAKeyWithItsRole() throws Exception {
        String brand = "hooli-" + UUID.randomUUID().toString().substring(0, 8);
        String check = "{\"brand\":\"acme-air\",\"platform\":\"x\",\"text\":\"We are on it.\"}";

        HttpResponse<String> anonymous = send("POST", "/api/v1/checks", check, null);
        HttpResponse<String> editorChecking = send("POST", "/api/v1/checks", check, EDITOR_KEY);
        HttpResponse<String> checkerEditing = send("PUT", "/api/v1/brands/" + brand + "/profile",
                change(acmeProfile(), "maria", null, 0), CHECK_KEY);
        HttpResponse<String> checkerReading = send("GET", "/api/v1/brands", null, CHECK_KEY);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("X-Api-Key");
        assertThat(editorChecking.statusCode()).isEqualTo(403);
        assertThat(checkerEditing.statusCode()).isEqualTo(403);
        assertThat(checkerReading.statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/brands/" + brand + "/profile/versions", null).body())
                .as("nothing refused is kept").doesNotContain("maria");
        assertThat(send("GET", "/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
    }

    private static ObjectNode acmeProfile() throws IOException {
        try (InputStream in = BrandVoiceApiTest.class.getClassLoader()
                .getResourceAsStream("corpus/acme-air.profile.json")) {
            return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** With the key a call needs: checks with response's, everything else with the guidelines team's. */
    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, path.startsWith("/api/v1/checks") ? CHECK_KEY : EDITOR_KEY);
    }

    private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
