package dev.parley.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (one node, broker and controller), run as a process from the
 * Maven Central jars on this module's classpath. Its log directory is formatted on first start and
 * kept in {@code <home>/data/kafka}, so topics and offsets survive a restart.
 */
final class LocalKafka implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;

    private LocalKafka(ChildProcess process) {
        this.process = process;
    }

    static LocalKafka start(LocalSettings settings, String classpath) {
        Path dataDir = settings.data().resolve("kafka");
        Path config = settings.data().resolve("kafka-server.properties");
        writeConfig(config, dataDir, settings);
        List<String> java = new ArrayList<>(List.of(JavaCommand.current()));
        java.addAll(settings.javaOptions().kafka());
        java.addAll(List.of("-cp", classpath));
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ChildProcess.run("kafka storage format", concat(java, "kafka.tools.StorageTool", "format", "--standalone",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    settings.logs().resolve("kafka-format.log"), Duration.ofSeconds(60));
        }
        ChildProcess broker = ChildProcess.start("kafka", concat(java, "kafka.Kafka", config.toString()), Map.of(),
                settings.logs().resolve("kafka.log"));
        broker.awaitReady(() -> answers(settings.kafkaBootstrap()), READY_TIMEOUT);
        return new LocalKafka(broker);
    }

    private static void writeConfig(Path config, Path dataDir, LocalSettings settings) {
        Properties p = new Properties();
        String host = "127.0.0.1";
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", host + ":" + settings.controllerPort());
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort() + ",CONTROLLER://" + host + ":"
                + settings.controllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toString());
        // Topics come from Parley's catalog only.
        p.setProperty("auto.create.topics.enable", "false");
        // One node cannot replicate: internal topics get one replica, or consumers hang.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        try {
            Files.createDirectories(config.getParent());
            try (var out = Files.newBufferedWriter(config)) {
                p.store(out, "Written by ./parley up at each start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + config, e);
        }
    }

    private static boolean answers(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000))) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
    }

    long pid() {
        return process.pid();
    }

    /** Ends the broker at once (SIGKILL), as a crash would. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
