package dev.parley.ingestion.stream;

import dev.parley.events.RawPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.platform.PlatformCallException;
import dev.parley.ingestion.polling.Poll;
import dev.parley.ingestion.polling.Poller;
import io.prometheus.client.Counter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every configured {@link Poller} on its own schedule. Each poll's items go to
 * {@code parley.posts.raw} and its new cursor to {@code parley.ingestion.cursors} in one Kafka
 * transaction: either both are stored or neither, so a crash or restart resumes from the last stored
 * cursor and loses nothing (items read twice are dropped by the exactly-once stage). Outcomes are
 * reported to {@link ChannelHealth}.
 */
public class PollingRunner implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PollingRunner.class);
    private static final Counter IGNORED = Counter.build()
            .name("parley_ingestion_poll_items_ignored_total")
            .help("Things polls read but did not ingest (the brand's own posts, retweets, pages left unread), by reason")
            .labelNames("channel", "reason")
            .register();

    private final List<Poller> pollers;
    private final Duration interval;
    private final KafkaClients kafka;
    private final ChannelHealth health;
    private final Clock clock;
    private final Map<String, String> cursors = new ConcurrentHashMap<>();
    private final Map<String, KafkaProducer<String, String>> producers = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public PollingRunner(List<Poller> pollers, Duration interval, KafkaClients kafka, ChannelHealth health, Clock clock) {
        this.pollers = pollers;
        this.interval = interval;
        this.kafka = kafka;
        this.health = health;
        this.clock = clock;
        pollers.forEach(p -> health.register(p.channel()));
    }

    /** A stored cursor: where a channel's next poll starts. */
    public record StoredCursor(String channel, String cursor, Instant storedAt) {
    }

    @Override
    public void start() {
        if (pollers.isEmpty()) {
            return;
        }
        kafka.readToEnd(Topic.INGESTION_CURSORS.topicName(),
                (channel, value) -> cursors.put(channel, kafka.read(value, StoredCursor.class).cursor()));
        scheduler = Executors.newScheduledThreadPool(Math.min(4, pollers.size()), r -> {
            Thread thread = new Thread(r, "poller");
            thread.setDaemon(true);
            return thread;
        });
        pollers.forEach(p -> scheduler.scheduleWithFixedDelay(() -> pollOnce(p), 0, interval.toMillis(),
                TimeUnit.MILLISECONDS));
        LOG.info("Polling {} channel(s) every {}", pollers.size(), interval);
    }

    void pollOnce(Poller poller) {
        String channel = poller.channel();
        try {
            Poll poll = poller.poll(cursors.get(channel));
            store(channel, poll);
            poll.ignored().forEach(reason -> IGNORED.labels(channel, reason).inc());
            health.succeeded(channel, poll.items().size(), clock.instant());
        } catch (PlatformCallException e) {
            LOG.warn("Poll of {} failed: {}", channel, e.getMessage());
            health.failed(channel, e.getMessage(), !e.retryable(), clock.instant());
        } catch (KafkaException e) {
            LOG.warn("Poll of {} not stored: {}", channel, e.getMessage());
            health.failed(channel, "not stored in Kafka: " + e.getMessage(), false, clock.instant());
            closeProducer(channel);
        } catch (RuntimeException e) {
            LOG.error("Poll of {} failed", channel, e);
            health.failed(channel, e.toString(), false, clock.instant());
        }
    }

    private void store(String channel, Poll poll) {
        KafkaProducer<String, String> producer = producers.computeIfAbsent(channel,
                c -> kafka.transactionalProducer("ingestion-poller-" + c));
        producer.beginTransaction();
        try {
            for (RawPost item : poll.items()) {
                producer.send(kafka.event(Topic.POSTS_RAW.topicName(), item.postId(), item));
            }
            producer.send(kafka.state(Topic.INGESTION_CURSORS.topicName(), channel,
                    new StoredCursor(channel, poll.nextCursor(), clock.instant())));
            producer.commitTransaction();
        } catch (KafkaException e) {
            try {
                producer.abortTransaction();
            } catch (KafkaException fencedOrBroken) {
                // The caller closes this producer; the next poll starts a fresh one.
            }
            throw e;
        }
        if (poll.nextCursor() != null) {
            cursors.put(channel, poll.nextCursor());
        }
    }

    private void closeProducer(String channel) {
        KafkaProducer<String, String> producer = producers.remove(channel);
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
        producers.keySet().forEach(this::closeProducer);
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
