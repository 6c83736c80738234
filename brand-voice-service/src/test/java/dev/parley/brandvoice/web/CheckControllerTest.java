package dev.parley.brandvoice.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckControllerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
    }

    @Test
    void checksADraftWithTheConfiguredGuidelines() throws Exception {
        HttpResponse<String> response = check("""
                {"brand":"acme-air","platform":"x","privateChannel":false,"text":"There is no need to calm down."}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"verdict\":\"block\"", "\"rule\":\"banned-phrase\"", "\"start\":20",
                "\"guidelineVersion\":\"1\"", "\"brand\":\"acme-air\"");
    }

    @Test
    void aDraftWithoutTextIsABadRequestThatSaysSo() throws Exception {
        HttpResponse<String> response = check("{\"brand\":\"acme-air\",\"text\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("required and must not be blank: text");
    }

    private HttpResponse<String> check(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
