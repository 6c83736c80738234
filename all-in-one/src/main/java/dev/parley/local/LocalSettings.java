package dev.parley.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every option of the local platform, typed, documented and validated in one place. Each has a
 * default and an environment variable that overrides it.
 *
 * @param home             where data and logs live ({@code PARLEY_HOME}, default {@code .parley})
 * @param serviceJars      the folder with the five runnable service jars ({@code PARLEY_SERVICE_JARS})
 * @param runtimeClasspath the classpath file of this module, which also runs the Kafka broker
 * @param kafkaPort        Kafka clients' port ({@code PARLEY_KAFKA_PORT}, 9092)
 * @param controllerPort   the KRaft controller's port ({@code PARLEY_KAFKA_CONTROLLER_PORT}, 9093)
 * @param postgresPort     PostgreSQL's port ({@code PARLEY_POSTGRES_PORT}, 5433: beside a system PostgreSQL)
 * @param servicePorts     HTTP port of each service ({@code INGESTION_PORT} 8081, {@code TRIAGE_PORT} 8082,
 *                         {@code RESPONSE_PORT} 8083, {@code ANALYTICS_PORT} 8084, {@code BRAND_VOICE_PORT} 8085)
 * @param javaOptions      JVM options of each service process ({@code PARLEY_SERVICE_JAVA_OPTS}) and of the Kafka
 *                         broker ({@code PARLEY_KAFKA_JAVA_OPTS})
 * @param classDataSharing where the services' extracted jars and class data archives are kept, for starts in
 *                         about half the time ({@code PARLEY_CDS_DIR}, {@code all-in-one/target/cds} beside the
 *                         jars so that a clean build drops them; {@code off} to start from the jars as built)
 * @param demoPostsPerSecond rate of the demo feed, 0 for none ({@code PARLEY_DEMO_RATE}, 2)
 */
public record LocalSettings(
        Path home,
        Path serviceJars,
        Path runtimeClasspath,
        int kafkaPort,
        int controllerPort,
        int postgresPort,
        Map<Service, Integer> servicePorts,
        JavaOptions javaOptions,
        Optional<Path> classDataSharing,
        double demoPostsPerSecond) {

    /**
     * JVM options of the services and of the broker, each split at spaces.
     *
     * @param services each service process's ({@code PARLEY_SERVICE_JAVA_OPTS})
     * @param kafka    the Kafka broker's ({@code PARLEY_KAFKA_JAVA_OPTS})
     */
    public record JavaOptions(List<String> services, List<String> kafka) {
        /**
         * Small heaps: five services and a broker fit in well under 3 GB. The heap starts at 96 MB with a fixed 48 MB
         * young generation: started at 32 MB, each service grew it through full collections (0.2–0.5 s each) and
         * collected its young generation twice as often; under load that was 7 s of pauses in 40 against 4 s now
         * (docs/performance.md), for 15–25 MB more at rest.
         */
        private static final String SERVICE_MEMORY = "-Xms96m -Xmn48m -Xmx200m -Xss512k -XX:+UseSerialGC"
                + " -XX:MaxMetaspaceSize=160m -XX:+ExitOnOutOfMemoryError";
        private static final String KAFKA_MEMORY = "-Xms128m -Xmx512m -XX:+UseSerialGC";
        /** C1 alone: quick to start and to warm up. */
        private static final String QUICK_JIT = " -XX:TieredStopAtLevel=1";

        public JavaOptions {
            services = List.copyOf(services);
            kafka = List.copyOf(kafka);
        }

        /**
         * The small heaps and C1 alone, for a platform started to be looked at ({@code ./parley up}), unless the
         * environment says otherwise.
         */
        public static JavaOptions quickStart(Map<String, String> env) {
            return fromEnvironment(env, SERVICE_MEMORY + QUICK_JIT + " -XX:ReservedCodeCacheSize=48m",
                    KAFKA_MEMORY + QUICK_JIT);
        }

        /**
         * The small heaps and the JVM's own tiered JIT (C2 for hot code) in the services and the broker, as a
         * deployment runs: while C2 compiles, the first minute or two of load go slower than on C1 alone, and after
         * it faster (docs/performance.md). What the pipeline benchmark measures, unless the environment says
         * otherwise.
         */
        public static JavaOptions sustained(Map<String, String> env) {
            return fromEnvironment(env, SERVICE_MEMORY + " -XX:ReservedCodeCacheSize=96m", KAFKA_MEMORY);
        }

        private static JavaOptions fromEnvironment(Map<String, String> env, String services, String kafka) {
            return new JavaOptions(split(env.getOrDefault("PARLEY_SERVICE_JAVA_OPTS", services)),
                    split(env.getOrDefault("PARLEY_KAFKA_JAVA_OPTS", kafka)));
        }

        private static List<String> split(String options) {
            return List.of(options.trim().split("\\s+"));
        }
    }

    public LocalSettings {
        servicePorts = Map.copyOf(servicePorts);
        List<String> problems = new ArrayList<>();
        List<Integer> ports = new ArrayList<>(List.of(kafkaPort, controllerPort, postgresPort));
        ports.addAll(servicePorts.values());
        for (int port : ports) {
            if (port < 1 || port > 65535) {
                problems.add("port " + port + " is not in 1..65535");
            }
        }
        if (ports.stream().distinct().count() != ports.size()) {
            problems.add("every port must be different, got " + ports);
        }
        for (Service service : Service.values()) {
            if (!servicePorts.containsKey(service)) {
                problems.add("no port for " + service.serviceName());
            }
        }
        if (demoPostsPerSecond < 0) {
            problems.add("PARLEY_DEMO_RATE must be at least 0");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid local settings: " + String.join("; ", problems));
        }
    }

    /** Settings from environment variables, with paths relative to the repository root {@code repo}. */
    public static LocalSettings fromEnvironment(Path repo, Map<String, String> env) {
        Function<String, Integer> port = name -> parsePort(env, name);
        return new LocalSettings(
                repo.resolve(env.getOrDefault("PARLEY_HOME", ".parley")),
                repo.resolve(env.getOrDefault("PARLEY_SERVICE_JARS", "all-in-one/target/services")),
                repo.resolve("all-in-one/target/runtime.classpath"),
                port.apply("PARLEY_KAFKA_PORT"), port.apply("PARLEY_KAFKA_CONTROLLER_PORT"),
                port.apply("PARLEY_POSTGRES_PORT"),
                Map.of(Service.INGESTION, port.apply("INGESTION_PORT"), Service.TRIAGE, port.apply("TRIAGE_PORT"),
                        Service.RESPONSE, port.apply("RESPONSE_PORT"), Service.ANALYTICS, port.apply("ANALYTICS_PORT"),
                        Service.BRAND_VOICE, port.apply("BRAND_VOICE_PORT")),
                JavaOptions.quickStart(env),
                classDataSharing(repo, env),
                parseRate(env.getOrDefault("PARLEY_DEMO_RATE", "2")));
    }

    /** Where the services' class data lives ({@code PARLEY_CDS_DIR}), none when it is {@code off}. */
    public static Optional<Path> classDataSharing(Path repo, Map<String, String> env) {
        String folder = env.getOrDefault("PARLEY_CDS_DIR", "all-in-one/target/cds").trim();
        return folder.equals("off") ? Optional.empty() : Optional.of(repo.resolve(folder));
    }

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "PARLEY_KAFKA_PORT", 9092, "PARLEY_KAFKA_CONTROLLER_PORT", 9093, "PARLEY_POSTGRES_PORT", 5433,
            "INGESTION_PORT", 8081, "TRIAGE_PORT", 8082, "RESPONSE_PORT", 8083, "ANALYTICS_PORT", 8084,
            "BRAND_VOICE_PORT", 8085);

    private static int parsePort(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null) {
            return DEFAULT_PORTS.get(name);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'");
        }
    }

    private static double parseRate(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARLEY_DEMO_RATE must be a number of posts per second, was '" + value + "'");
        }
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + LocalPostgres.DATABASE;
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path data() {
        return home.resolve("data");
    }
}
