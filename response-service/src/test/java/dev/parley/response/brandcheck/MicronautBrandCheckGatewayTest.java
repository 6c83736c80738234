package dev.parley.response.brandcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.response.replies.BrandCheckGateway.DraftToCheck;
import dev.parley.response.replies.BrandCheckGateway.BrandCheckUnavailableException;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How the client behaves when brand voice is slow or gone: real sockets, no stand-in for brand voice. */
class MicronautBrandCheckGatewayTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DraftToCheck DRAFT = new DraftToCheck("acme-air", Platform.X, false, "hello", "hi?", "jo",
            SentimentLabel.NEUTRAL, List.of(), "c1", "r1", "agent-7", null);

    @Test
    void aServerThatNeverAnswersCostsOneTimeout() throws Exception {
        // The kernel accepts connections into the listen backlog; nothing ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0);
             MicronautBrandCheckGateway gateway = new MicronautBrandCheckGateway(new BrandVoiceClientProperties(
                     URI.create("http://127.0.0.1:" + silent.getLocalPort()), null, Duration.ofMillis(300), 50,
                     Duration.ofSeconds(10)), JSON)) {
            long begin = System.nanoTime();

            BrandCheckUnavailableException e = catchThrowableOfType(BrandCheckUnavailableException.class,
                    () -> gateway.check(DRAFT));

            assertThat(e).hasMessageContaining("300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void eachCheckCarriesTheConfiguredKeyAndARefusalIsUnavailability() throws Exception {
        HttpServer brandVoice = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> keys = new CopyOnWriteArrayList<>();
        brandVoice.createContext("/api/v1/checks", exchange -> {
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        brandVoice.start();
        try (MicronautBrandCheckGateway gateway = new MicronautBrandCheckGateway(new BrandVoiceClientProperties(
                URI.create("http://127.0.0.1:" + brandVoice.getAddress().getPort()), "response-key",
                Duration.ofSeconds(2), 50, Duration.ofSeconds(30)), JSON)) {
            BrandCheckUnavailableException e = catchThrowableOfType(BrandCheckUnavailableException.class,
                    () -> gateway.check(DRAFT));

            assertThat(keys).containsExactly("response-key");
            assertThat(e).hasMessageContaining("Unauthorized");
        } finally {
            brandVoice.stop(0);
        }
    }

    @Test
    void repeatedFailuresOpenTheCircuitSoCallsFailFast() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (MicronautBrandCheckGateway gateway = new MicronautBrandCheckGateway(new BrandVoiceClientProperties(
                URI.create("http://127.0.0.1:" + closedPort), null, Duration.ofMillis(500), 50, Duration.ofSeconds(30)),
                JSON)) {
            for (int i = 0; i < 5; i++) {
                catchThrowableOfType(BrandCheckUnavailableException.class,
                        () -> gateway.check(DRAFT));
            }

            BrandCheckUnavailableException e = catchThrowableOfType(BrandCheckUnavailableException.class,
                    () -> gateway.check(DRAFT));

            assertThat(gateway.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(e).hasMessageContaining("circuit open");
        }
    }
}
