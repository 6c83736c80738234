package dev.parley.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole platform on this machine: PostgreSQL, a Kafka broker, the five services and, when asked,
 * the demo feed. {@link #close()} stops everything in reverse order.
 */
public final class LocalPlatform implements AutoCloseable {
    private final LocalSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final String apiKey;
    private LocalPostgres postgres;
    private LocalKafka kafka;

    private LocalPlatform(LocalSettings settings) {
        this.settings = settings;
        this.apiKey = LocalApiKey.of(settings.home());
    }

    /** Starts everything, reporting each step to {@code progress}; on failure stops what it started. */
    public static LocalPlatform start(LocalSettings settings, Consumer<String> progress) {
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startAll(progress);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll(Consumer<String> progress) {
        checkPortsFree();
        String classpath = readClasspath();
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(settings.serviceJars().resolve(service.serviceName() + ".jar"))) {
                throw new IllegalStateException("no " + service.serviceName() + ".jar in " + settings.serviceJars()
                        + "; build first: ./mvnw -DskipTests package");
            }
        }
        postgres = startPostgres();
        started.add(postgres);
        progress.accept("PostgreSQL ready on port " + settings.postgresPort());
        kafka = LocalKafka.start(settings, classpath);
        started.add(kafka);
        progress.accept("Kafka (KRaft) ready on " + settings.kafkaBootstrap());
        Map<String, String> env = serviceEnvironment();
        for (Service service : Service.values()) {
            ServiceProcess process = ServiceProcess.start(service, settings, env);
            services.add(process);
            started.add(process);
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
            progress.accept(service.service().serviceName() + " ready on " + settings.url(service.service()));
        }
        if (recordsClassData()) {
            progress.accept("first start of this build: the services record their class data when they stop "
                    + "(a little slower), so later starts take about half the time");
        }
        if (settings.demoPostsPerSecond() > 0) {
            started.add(new DemoFeed(settings.url(Service.INGESTION), apiKey, settings.demoPostsPerSecond()));
            progress.accept("demo feed sending " + settings.demoPostsPerSecond() + " posts/s");
        }
    }

    private LocalPostgres startPostgres() {
        return LocalPostgres.start(settings.data().resolve("postgres"), settings.postgresPort());
    }

    private Map<String, String> serviceEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("DATABASE_URL", settings.jdbcUrl());
        env.put("DATABASE_USER", LocalPostgres.USER);
        env.put("DATABASE_PASSWORD", LocalPostgres.USER);
        env.put("BRAND_VOICE_URL", settings.url(Service.BRAND_VOICE));
        env.put("ANALYTICS_STATE_DIR", settings.data().resolve("analytics-state").toString());
        env.put("INGESTION_STATE_DIR", settings.data().resolve("ingestion-state").toString());
        // Yesterday's report of the demo brand, every morning (docs/analytics.md).
        env.put("PARLEY_ANALYTICS_REPORTS_FOLDER", settings.home().resolve("reports").toString());
        env.put("PARLEY_ANALYTICS_REPORTS_BRANDS", "acme-air");
        settings.servicePorts().forEach((service, port) -> env.put(service.envPrefix() + "_PORT", port.toString()));
        env.putAll(LocalApiKey.environment(apiKey));
        return env;
    }

    /** Whether services record class data archives in this run, which they write when they stop. */
    public boolean recordsClassData() {
        return services.stream().anyMatch(ServiceProcess::recordsClassData);
    }

    /** The run's API key, with every role of every service's API (also in {@code <home>/api-key}). */
    public String apiKey() {
        return apiKey;
    }

    private void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort(), settings.controllerPort(),
                settings.postgresPort()));
        ports.addAll(settings.servicePorts().values());
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use (is Parley already running?); "
                        + "stop what uses it or choose other ports, see README 'Ports'");
            }
        }
    }

    private String readClasspath() {
        try {
            return Files.readString(settings.runtimeClasspath()).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no " + settings.runtimeClasspath() + "; build first: ./mvnw -DskipTests package", e);
        }
    }

    /** Kills a service without warning (SIGKILL), as a crash would, then starts it again and waits for it. */
    public void crashAndRestart(Service service) {
        ServiceProcess crashed = services.stream().filter(s -> s.service() == service).findFirst().orElseThrow();
        crashed.kill();
        services.remove(crashed);
        started.remove(crashed);
        ServiceProcess restarted = ServiceProcess.start(service, settings, serviceEnvironment());
        services.add(restarted);
        started.add(restarted);
        restarted.awaitReady();
    }

    /** Kills PostgreSQL without warning, as a crash would, then starts it again on its data (crash recovery). */
    public void crashAndRestartPostgres() {
        postgres.kill();
        LocalPostgres recovered = startPostgres();
        started.set(started.indexOf(postgres), recovered);
        postgres = recovered;
    }

    /** Kills the broker without warning (SIGKILL), as a crash would, then starts it again on its log directory. */
    public void crashAndRestartKafka() {
        kafka.kill();
        LocalKafka restarted = LocalKafka.start(settings, readClasspath());
        started.set(started.indexOf(kafka), restarted);
        kafka = restarted;
    }

    /** The process id of each running service and of the broker ({@code kafka}), e.g. to read their memory. */
    public Map<String, Long> processIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        services.forEach(s -> ids.put(s.service().serviceName(), s.pid()));
        if (kafka != null) {
            ids.put("kafka", kafka.pid());
        }
        return ids;
    }

    /** PostgreSQL's postmaster: its connections' backends are its child processes. */
    public long postgresPid() {
        return postgres.pid();
    }

    public LocalSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::requestStop);
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (AutoCloseable part : reverse) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("stopping " + part + " failed: " + e.getMessage());
            }
        }
        started.clear();
    }
}
