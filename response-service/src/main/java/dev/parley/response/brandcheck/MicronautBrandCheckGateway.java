package dev.parley.response.brandcheck;

import dev.parley.events.BrandCheck;
import dev.parley.events.Feeling;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.response.replies.BrandCheckGateway;
import dev.parley.response.replies.BrandCheckGateway.DraftToCheck;
import dev.parley.support.security.ApiKeyAuthenticationFilter;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import java.net.MalformedURLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed client of brand-voice-service ({@code POST /api/v1/checks}) on the Micronaut HTTP client.
 * Each call is bounded by a Resilience4j time limiter and goes through a circuit breaker, so a slow or
 * dead brand voice costs at most one timeout per call and, once the circuit opens, none.
 */
public class MicronautBrandCheckGateway implements BrandCheckGateway, AutoCloseable {
    private final HttpClient client;
    private final JsonMapper json;
    private final String apiKey;
    private final CircuitBreaker breaker;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "brand-voice-call");
        t.setDaemon(true);
        return t;
    });

    public MicronautBrandCheckGateway(BrandVoiceClientProperties properties, JsonMapper json) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(properties.timeout());
        configuration.setConnectTimeout(properties.timeout());
        try {
            this.client = HttpClient.create(properties.url().toURL(), configuration);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("parley.brand-voice.url is not a URL: " + properties.url(), e);
        }
        this.json = json;
        this.apiKey = properties.apiKey();
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build());
        this.breaker = CircuitBreaker.of("brand-voice", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(properties.failureRateThreshold())
                .waitDurationInOpenState(properties.openFor())
                .build());
    }

    @Override
    public BrandCheck check(DraftToCheck draft) {
        String body = json.writeValueAsString(new CheckRequest(draft.brand(), draft.platform(), draft.privateChannel(),
                draft.text(), new CustomerPost(draft.customerText(), draft.customerHandle(), draft.customerSentiment(),
                        draft.customerFeelings()), draft.caseId(), draft.replyId(), draft.agentId(), draft.team()));
        MutableHttpRequest<String> request = HttpRequest.POST("/api/v1/checks", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        if (apiKey != null && !apiKey.isBlank()) {
            request.header(ApiKeyAuthenticationFilter.HEADER, apiKey);
        }
        try {
            String response = breaker.executeCallable(() -> timeLimiter.executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(() -> client.toBlocking().retrieve(request, String.class), calls)));
            return json.readValue(response, BrandCheck.class);
        } catch (CallNotPermittedException e) {
            throw new BrandCheckUnavailableException("circuit open after repeated failures", e);
        } catch (TimeoutException e) {
            throw new BrandCheckUnavailableException("no answer within " + timeLimiter.getTimeLimiterConfig()
                    .getTimeoutDuration().toMillis() + " ms", e);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BrandCheckUnavailableException(cause.getMessage(), e);
        }
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    @Override
    public void close() {
        client.close();
        calls.shutdownNow();
    }

    /** The body brand voice expects. */
    record CheckRequest(String brand, Platform platform, boolean privateChannel, String text, CustomerPost customerPost,
            String caseId, String replyId, String agentId, String team) {
    }

    record CustomerPost(String text, String authorHandle, SentimentLabel sentiment, List<Feeling> feelings) {
    }
}
