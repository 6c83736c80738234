package dev.parley.ingestion.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The resilience every platform call gets, against a fake API that answers as platforms do. */
class PlatformClientTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PlatformClient client = new PlatformClient("X", HttpClient.newHttpClient(),
            PlatformLimits.x().withRetries(4, Duration.ofMillis(20), Duration.ofSeconds(3)), Clock.systemUTC());

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET().build();
    }

    @Test
    void waitsAsLongAsRetryAfterSaysAndThenTriesAgain() {
        api.stubFor(get("/limited").inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"title\":\"Too Many Requests\",\"status\":429}"))
                .willSetStateTo("lifted"));
        api.stubFor(get("/limited").inScenario("429").whenScenarioStateIs("lifted").willReturn(ok("{}")));

        long started = System.nanoTime();
        assertThat(client.send(request("/limited")).statusCode()).isEqualTo(200);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        api.verify(2, getRequestedFor(urlEqualTo("/limited")));
    }

    @Test
    void anExhaustedXBudgetBlocksFurtherCallsUntilItsResetWithoutCallingTheApi() {
        long reset = Instant.now().plusSeconds(600).getEpochSecond();
        api.stubFor(get("/search").willReturn(ok("{}").withHeader("x-rate-limit-limit", "450")
                .withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", Long.toString(reset))));

        client.send(request("/search"));
        PlatformCallException blocked = catchThrowableOfType(PlatformCallException.class, () -> client.send(request("/search")));

        assertThat(blocked.getMessage()).contains("no calls until " + Instant.ofEpochSecond(reset));
        assertThat(blocked.blockedUntil()).hasValue(Instant.ofEpochSecond(reset));
        api.verify(1, getRequestedFor(urlEqualTo("/search")));
    }

    @Test
    void aBurstOf5xxIsRetriedWithBackoff() {
        api.stubFor(get("/flaky").inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("one more"));
        api.stubFor(get("/flaky").inScenario("5xx").whenScenarioStateIs("one more")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        api.stubFor(get("/flaky").inScenario("5xx").whenScenarioStateIs("up").willReturn(ok("{\"data\":[]}")));

        assertThat(client.send(request("/flaky")).body()).isEqualTo("{\"data\":[]}");
        api.verify(3, getRequestedFor(urlEqualTo("/flaky")));
    }

    @Test
    void aRefusedRequestFailsAtOnceWithThePlatformsReason() {
        api.stubFor(get("/private").willReturn(aResponse().withStatus(401)
                .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));

        PlatformCallException refused = catchThrowableOfType(PlatformCallException.class, () -> client.send(request("/private")));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).startsWith("X answered 401: ").contains("\"detail\":\"Unauthorized\"");
        api.verify(1, getRequestedFor(urlEqualTo("/private")));
    }

    @Test
    void aPlatformThatKeepsFailingIsNoLongerCalled() {
        api.stubFor(get("/down").willReturn(aResponse().withStatus(500)));
        PlatformClient once = new PlatformClient("Reddit", HttpClient.newHttpClient(),
                PlatformLimits.reddit().withRetries(1, Duration.ofMillis(1), Duration.ofSeconds(1)), Clock.systemUTC());

        for (int i = 0; i < 5; i++) {
            catchThrowableOfType(PlatformCallException.class, () -> once.send(request("/down")));
        }
        PlatformCallException paused = catchThrowableOfType(PlatformCallException.class, () -> once.send(request("/down")));

        assertThat(paused.getMessage()).contains("Reddit is failing: calls are paused");
        api.verify(5, getRequestedFor(urlEqualTo("/down")));
    }
}
