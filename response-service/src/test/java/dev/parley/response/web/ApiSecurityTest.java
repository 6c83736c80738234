package dev.parley.response.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.SharedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Roles on every endpoint, with JWTs signed by a key the test made (the service trusts its public half) and an
 * API key; and the audit log of who changed what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.brand-voice.url=http://127.0.0.1:9", "parley.brand-voice.timeout=500ms",
                "parley.response.outbox.relay-name=response-security-test",
                "parley.response.security.api-keys[0].name=crm-sync",
                // printf %s analyst-machine-key | sha256sum
                "parley.response.security.api-keys[0].key-sha256=7aeb905cad01e6dfba5583324cce109873b49db5bd6d0bb05baa5a82ad8f7f4a",
                "parley.response.security.api-keys[0].roles=analyst"})
class ApiSecurityTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KeyPair TRUSTED = rsaKeys();
    private static final KeyPair STRANGER = rsaKeys();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
        registry.add("spring.datasource.url", () -> SharedPostgres.jdbcUrl("response_security"));
        registry.add("spring.datasource.username", SharedPostgres::user);
        registry.add("spring.datasource.password", SharedPostgres::user);
        Path publicKey = Files.createTempFile("parley-test-jwt", ".pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(TRUSTED.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(PrivateKey signer, String subject, List<String> roles, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    new JWTClaimsSet.Builder().subject(subject).claim("roles", roles).issueTime(new Date())
                            .expirationTime(Date.from(expires)).build());
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bearer(String subject, String... roles) {
        return "Bearer " + token(TRUSTED.getPrivate(), subject, List.of(roles), Instant.now().plusSeconds(300));
    }

    private HttpResponse<String> call(String method, String path, String body, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> as(String authorization, String method, String path, String body) {
        return call(method, path, body, "Authorization", authorization);
    }

    @Test
    void withoutValidCredentialsNothingButHealthAnswers() {
        assertThat(call("GET", "/actuator/health/liveness", null, null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = call("GET", "/api/v1/cases", null, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("send a bearer token from the identity provider or an X-Api-Key");
        assertThat(call("GET", "/api/v1/cases", null, "X-Api-Key", "guess").statusCode()).isEqualTo(401);
        String forged = "Bearer " + token(STRANGER.getPrivate(), "mallory", List.of("admin"), Instant.now().plusSeconds(300));
        assertThat(as(forged, "GET", "/api/v1/cases", null).statusCode()).isEqualTo(401);
        String expired = "Bearer " + token(TRUSTED.getPrivate(), "ana", List.of("agent"), Instant.now().minusSeconds(600));
        assertThat(as(expired, "GET", "/api/v1/cases", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiDescribesItselfWithExamplesAndItsCredentials() {
        HttpResponse<String> description = call("GET", "/v3/api-docs", null, null, null);

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("\"/api/v1/cases/{caseId}/replies\"", "\"/api/v1/cases/{caseId}/status\"",
                "So sorry, Jane", "\"bearerFormat\":\"JWT\"", "\"name\":\"X-Api-Key\"");
    }

    @Test
    void eachRoleReachesOnlyItsEndpoints() {
        String agent = bearer("ana", "agent");
        String analyst = bearer("ali", "analyst");
        String supervisor = bearer("sue", "supervisor");
        String someCase = "/api/v1/cases/00000000-0000-0000-0000-000000000000";

        assertThat(as(agent, "GET", "/api/v1/cases", null).statusCode()).isEqualTo(200);
        assertThat(as(analyst, "GET", "/api/v1/cases", null).statusCode()).isEqualTo(200);
        assertThat(as(analyst, "POST", someCase + "/status", "{\"agentId\":\"ali\",\"status\":\"open\"}").statusCode())
                .isEqualTo(403);
        assertThat(as(analyst, "GET", "/api/v1/agents", null).statusCode()).isEqualTo(403);
        assertThat(as(agent, "POST", someCase + "/assign", "{\"supervisorId\":\"ana\",\"agentId\":\"ana\"}").statusCode())
                .isEqualTo(403);
        assertThat(as(agent, "PUT", "/api/v1/agents/ana", "{\"name\":\"Ana\",\"teams\":[\"t\"],\"maxOpen\":3}").statusCode())
                .isEqualTo(403);
        assertThat(as(agent, "GET", "/api/v1/audit", null).statusCode()).isEqualTo(403);
        HttpResponse<String> impersonating = as(agent, "POST", someCase + "/status",
                "{\"agentId\":\"ben\",\"status\":\"open\"}");
        assertThat(impersonating.statusCode()).isEqualTo(403);
        assertThat(impersonating.body()).contains("agents act as themselves: you are ana, the request names ben");
        assertThat(as(agent, "POST", someCase + "/status", "{\"agentId\":\"ana\",\"status\":\"open\"}").statusCode())
                .as("allowed, and the case does not exist").isEqualTo(404);
        assertThat(as(supervisor, "PUT", "/api/v1/agents/ana", "{\"name\":\"Ana\",\"teams\":[\"t\"],\"maxOpen\":3}")
                .statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/cases", null, "X-Api-Key", "analyst-machine-key").statusCode())
                .as("the CRM's key reads cases").isEqualTo(200);
        assertThat(call("GET", "/api/v1/agents", null, "X-Api-Key", "analyst-machine-key").statusCode()).isEqualTo(403);
    }

    /** Which roles each endpoint admits; an endpoint missing here fails the test, so none goes unchecked. */
    private static final Map<String, Set<String>> ADMITS = Map.ofEntries(
            Map.entry("GET /api/v1/cases", Set.of("agent", "supervisor", "analyst", "admin")),
            Map.entry("GET /api/v1/cases/{caseId}", Set.of("agent", "supervisor", "analyst", "admin")),
            Map.entry("GET /api/v1/cases/{caseId}/suggestions", Set.of("agent", "supervisor", "analyst", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/replies", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/replies/{replyId}/retry", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/replies/{replyId}/approve", Set.of("supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/replies/{replyId}/reject", Set.of("supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/status", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/escalate", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/move-to-private", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/posts/{postId}/corrections", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/claim", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/assign", Set.of("supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/presence", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/notes", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/tags", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/cases/{caseId}/saved-replies/{savedReplyId}/render", Set.of("agent", "supervisor", "admin")),
            Map.entry("GET /api/v1/agents", Set.of("agent", "supervisor", "admin")),
            Map.entry("PUT /api/v1/agents/{agentId}", Set.of("supervisor", "admin")),
            Map.entry("GET /api/v1/saved-replies", Set.of("agent", "supervisor", "admin")),
            Map.entry("POST /api/v1/saved-replies", Set.of("supervisor", "admin")),
            Map.entry("PUT /api/v1/saved-replies/{savedReplyId}", Set.of("supervisor", "admin")),
            Map.entry("GET /api/v1/settings/crisis-mode", Set.of("agent", "supervisor", "admin")),
            Map.entry("PUT /api/v1/settings/crisis-mode", Set.of("supervisor", "admin")),
            Map.entry("GET /api/v1/audit", Set.of("supervisor", "admin")));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAdmitsExactlyItsRoles() {
        List<String> endpoints = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .sorted().toList();
        assertThat(ADMITS.keySet()).containsExactlyInAnyOrderElementsOf(endpoints);

        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{caseId}", "00000000-0000-0000-0000-000000000000")
                    .replace("{replyId}", "00000000-0000-0000-0000-000000000000")
                    .replace("{savedReplyId}", "00000000-0000-0000-0000-000000000000")
                    .replace("{postId}", "x:1").replace("{agentId}", "matrix-agent");
            String body = method.equals("GET") ? null : "{\"agentId\":\"matrix\",\"supervisorId\":\"matrix\",\"on\":false}";
            assertThat(call(method, path, body, null, null).statusCode()).as("anonymous " + endpoint).isEqualTo(401);
            for (String role : List.of("agent", "supervisor", "analyst", "admin")) {
                int status = as(bearer("matrix", role), method, path, body).statusCode();
                if (ADMITS.get(endpoint).contains(role)) {
                    assertThat(status).as(role + " " + endpoint).isNotIn(401, 403);
                } else {
                    assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void everyChangeIsInTheAuditLogWithItsCaller() {
        String supervisor = bearer("sue-audit", "supervisor");
        as(supervisor, "PUT", "/api/v1/agents/zed", "{\"name\":\"Zed\",\"teams\":[\"t\"],\"maxOpen\":3}");
        as(bearer("zed", "agent"), "POST", "/api/v1/cases/00000000-0000-0000-0000-000000000001/claim", "{\"agentId\":\"zed\"}");

        HttpResponse<String> audit = as(supervisor, "GET", "/api/v1/audit?limit=50", null);

        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(audit.body()).valueStream().map(e -> e.get("actor").asString() + " "
                + e.get("action").asString() + " " + e.get("status").asInt()))
                .contains("sue-audit PUT /api/v1/agents/{agentId} 200",
                        "zed POST /api/v1/cases/{caseId}/claim 404");
    }
}
