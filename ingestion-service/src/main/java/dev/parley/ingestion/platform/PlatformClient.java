package dev.parley.ingestion.platform;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every call Parley makes to one platform API goes through here: a client-side rate limiter sized to
 * the platform's published limits, retries with exponential backoff for rate limits, 5xx and network
 * failures, and a circuit breaker that stops calling a platform that keeps failing. It honours what
 * the platform says: after {@code Retry-After} or an exhausted {@code x-rate-limit-*} budget no call
 * is made before the time named (see {@link RateLimitHeaders}).
 */
public class PlatformClient {
    private static final int LONGEST_ERROR_TEXT = 300;

    private final String name;
    private final HttpClient http;
    private final Clock clock;
    private final PlatformLimits limits;
    private final RateLimiter limiter;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private volatile Instant blockedUntil = Instant.EPOCH;

    public PlatformClient(String name, HttpClient http, PlatformLimits limits, Clock clock) {
        this.name = name;
        this.http = http;
        this.clock = clock;
        this.limits = limits;
        this.limiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(limits.callsPerPeriod())
                .limitRefreshPeriod(limits.period())
                .timeoutDuration(limits.longestWait())
                .build());
        this.retry = Retry.of(name, RetryConfig.<HttpResponse<String>>custom()
                .maxAttempts(limits.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction((attempt, outcome) -> waitBeforeAttempt(attempt, outcome.isLeft() ? outcome.getLeft() : null))
                .build());
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(limits.breakerOpenFor())
                .recordException(e -> e instanceof PlatformCallException p && p.retryable())
                .build());
    }

    /**
     * Sends {@code request} and returns the platform's 2xx answer.
     *
     * @throws PlatformCallException when no 2xx answer came within the allowed tries, naming why
     */
    public HttpResponse<String> send(HttpRequest request) {
        Supplier<HttpResponse<String>> decorated = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(limiter, () -> once(request))));
        try {
            return decorated.get();
        } catch (CallNotPermittedException e) {
            throw new PlatformCallException(name + " is failing: calls are paused for " + limits.breakerOpenFor().toSeconds()
                    + " s after repeated failures", 0, false, null, e);
        } catch (RequestNotPermitted e) {
            throw new PlatformCallException(name + ": Parley's own rate limit of " + limits.callsPerPeriod() + " calls per "
                    + limits.period() + " is used up", 429, false, null, e);
        }
    }

    /**
     * Sends {@code request} and reads the platform's answer as a JSON object.
     *
     * @throws PlatformCallException as {@link #send}, or when the answer is not a JSON object
     */
    public Map<String, Object> sendForJson(HttpRequest request) {
        return PlatformJson.object(send(request), name);
    }

    private HttpResponse<String> once(HttpRequest request) {
        waitWhileBlocked();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformCallException(name + " did not answer: " + e.getMessage(), 0, true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallException(name + ": interrupted", 0, false, null, e);
        }
        Optional<Instant> until = RateLimitHeaders.blockedUntil(response.headers(), clock.instant());
        until.filter(t -> t.isAfter(blockedUntil)).ifPresent(t -> blockedUntil = t);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String body = response.body() == null ? "" : response.body().strip();
        throw new PlatformCallException(name + " answered " + status + (body.isEmpty() ? "" : ": "
                + (body.length() > LONGEST_ERROR_TEXT ? body.substring(0, LONGEST_ERROR_TEXT) + "…" : body)),
                status, status == 429 || status >= 500, until.orElse(null), null);
    }

    private void waitWhileBlocked() {
        Duration wait = Duration.between(clock.instant(), blockedUntil);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        if (wait.compareTo(limits.longestWait()) > 0) {
            throw new PlatformCallException(name + " rate limit: no calls until " + blockedUntil, 429, false,
                    blockedUntil, null);
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallException(name + ": interrupted", 0, false, null, e);
        }
    }

    private boolean worthRetrying(Throwable e) {
        return e instanceof PlatformCallException p && p.retryable() && p.blockedUntil()
                .map(until -> Duration.between(clock.instant(), until).compareTo(limits.longestWait()) <= 0)
                .orElse(true);
    }

    /** The platform's named time when it gave one (waited for in {@link #waitWhileBlocked}), else exponential. */
    private long waitBeforeAttempt(int attempt, Throwable failure) {
        if (failure instanceof PlatformCallException p && p.blockedUntil().isPresent()) {
            return 0;
        }
        return limits.initialBackoff().toMillis() << Math.min(attempt - 1, 10);
    }
}
