package dev.parley.response.stream;

import dev.parley.response.outbox.OutboxRelay;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the outbox relay on one replica at a time: the one holding a PostgreSQL advisory lock (on a
 * connection of its own, released when it dies). Idle, it waits on that connection for a commit that wrote the
 * outbox ({@link OutboxRelay#NEW_ROWS}) and looks at least every {@code poll-every} (rows of a transaction
 * still older than one in flight wait for it); after a failure it starts over with a fresh relay, which reads
 * its position from Kafka again.
 */
@Component
class OutboxRelayRunner implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayRunner.class);
    /** Any number, the same for every replica: the lock that makes one of them the relay. */
    private static final long RELAY_LOCK = 0x5061726c6579L;
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String bootstrapServers;
    private final Duration pollEvery;
    private final String relayName;
    private volatile Thread thread;
    private volatile boolean running;

    OutboxRelayRunner(DataSource dataSource, JdbcClient jdbc, JsonMapper json,
                      @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                      @Value("${parley.response.outbox.poll-every:100ms}") Duration pollEvery,
                      @Value("${parley.response.outbox.relay-name:response-service-outbox}") String relayName) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.pollEvery = pollEvery;
        this.relayName = relayName;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try (Connection lock = dataSource.getConnection()) {
                if (!holdsLock(lock)) {
                    pause(Duration.ofSeconds(5));
                    continue;
                }
                try (Statement listen = lock.createStatement()) {
                    listen.execute("LISTEN " + OutboxRelay.NEW_ROWS);
                }
                PGConnection notifications = lock.unwrap(PGConnection.class);
                try (OutboxRelay relay = new OutboxRelay(jdbc, json, bootstrapServers, BATCH, relayName)) {
                    LOG.info("Outbox relay started at {}", relay.position());
                    while (running) {
                        int published = relay.relayOnce();
                        if (published > 0) {
                            relay.prune();
                        }
                        if (published < BATCH) {
                            notifications.getNotifications((int) Math.max(1, pollEvery.toMillis()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Outbox relay failed, starting over in 1 s: {}", e.getMessage());
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    private static boolean holdsLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + RELAY_LOCK + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Lets the current batch finish (the loop sees the flag within one poll), then closes the relay. */
    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current == null) {
            return;
        }
        try {
            current.join(Duration.ofSeconds(10).toMillis());
            if (current.isAlive()) {
                current.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
