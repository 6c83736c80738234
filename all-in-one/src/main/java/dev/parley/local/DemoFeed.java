package dev.parley.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends synthetic posts to ingestion over HTTP at a steady rate, as customers would. A post that is not
 * accepted is simply not retried: the feed is a demo, and ingestion's own log says why.
 */
final class DemoFeed implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-feed");
        t.setDaemon(true);
        return t;
    });

    private final String apiKey;

    DemoFeed(String ingestionUrl, String apiKey, double postsPerSecond) {
        this.apiKey = apiKey;
        SyntheticPosts posts = new SyntheticPosts(new Random(), "acme-air", "demo" + System.currentTimeMillis());
        URI endpoint = URI.create(ingestionUrl + "/api/v1/posts");
        long periodMicros = (long) (1_000_000 / postsPerSecond);
        timer.scheduleAtFixedRate(() -> send(endpoint, JSON.writeValueAsString(posts.next())),
                0, periodMicros, TimeUnit.MICROSECONDS);
    }

    private void send(URI endpoint, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            // ingestion is stopping or restarting; the next post will try again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
