package dev.parley.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.PropertyResolver;

/**
 * The manifests against the services' own configuration: what each service reads in its pod (resolved as Spring
 * resolves it) reaches the Kafka cluster, database and services the manifests define, on the ports the probes,
 * Services and metrics annotations use.
 */
class ServiceWiringTest {
    /** The Secrets deploy/README.md asks for, with the keys it lists; optional ones may be absent. */
    private static final Map<String, Set<String>> SECRETS = Map.of(
            "parley-database", Set.of("DATABASE_USER", "DATABASE_PASSWORD"),
            "parley-platforms", Set.of("X_CONSUMER_SECRET", "META_APP_SECRET", "META_VERIFY_TOKEN"),
            "parley-ingestion-security", Set.of("PARLEY_INGESTION_SECURITY_APIKEYS_0_NAME",
                    "PARLEY_INGESTION_SECURITY_APIKEYS_0_KEYSHA256", "PARLEY_INGESTION_SECURITY_APIKEYS_0_ROLES"),
            "parley-response-security", Set.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI",
                    "PARLEY_RESPONSE_SECURITY_APIKEYS_0_NAME", "PARLEY_RESPONSE_SECURITY_APIKEYS_0_KEYSHA256",
                    "PARLEY_RESPONSE_SECURITY_APIKEYS_0_ROLES", "BRAND_VOICE_API_KEY"),
            "parley-brand-voice-security", Set.of("PARLEY_BRANDVOICE_SECURITY_APIKEYS_0_NAME",
                    "PARLEY_BRANDVOICE_SECURITY_APIKEYS_0_KEYSHA256", "PARLEY_BRANDVOICE_SECURITY_APIKEYS_0_ROLES"),
            "parley-analytics-security", Set.of("PARLEY_ANALYTICS_SECURITY_APIKEYS_0_NAME",
                    "PARLEY_ANALYTICS_SECURITY_APIKEYS_0_KEYSHA256", "PARLEY_ANALYTICS_SECURITY_APIKEYS_0_ROLES"));
    private static final String HTTP = "http";
    private static final String STATE_VOLUME = "state";

    private final Manifests manifests = Manifests.load();

    @ParameterizedTest
    @ValueSource(strings = {"ingestion-service", "triage-service", "response-service", "brand-voice-service",
            "analytics-service"})
    void eachServiceFindsKafkaItsDatabaseAndItsPortsInItsPod(String service) {
        JsonNode workload = workload(service);
        JsonNode pod = workload.at("/spec/template");
        assertThat(workload.at("/spec/selector/matchLabels")).as("selector").isNotEmpty();
        assertLabelsMatch(workload.at("/spec/selector/matchLabels"), pod.at("/metadata/labels"), service + " pods");
        JsonNode container = only(pod.at("/spec/containers"));
        assertThat(container.path("image").asText()).isEqualTo(System.getProperty("parley.image.registry") + "/"
                + service + ":" + System.getProperty("parley.version"));
        PropertyResolver settings = ServiceSettings.of(service, environment(container));

        int port = httpPort(container);
        assertThat(settings.getProperty("server.port", Integer.class)).as("server.port").isEqualTo(port);
        assertThat(settings.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        for (String probe : List.of("startupProbe", "livenessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/path").asText()).as(probe)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo(HTTP);
        }
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo(HTTP);
        JsonNode annotations = pod.at("/metadata/annotations");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(Integer.toString(port));
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/actuator/prometheus");
        assertThat(settings.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");

        assertThat(settings.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(kafkaBootstrap());
        String replication = kafkaConfig().path("default.replication.factor").asText();
        assertThat(settings.getProperty("parley.kafka.replication-factor")).as("catalog topics' copies")
                .isEqualTo(replication);
        if (settings.containsProperty("spring.kafka.streams.application-id")) {
            assertThat(settings.getProperty("spring.kafka.streams.properties.replication.factor"))
                    .as("Kafka Streams' internal topics' copies").isEqualTo(replication);
            String stateDir = settings.getProperty("spring.kafka.streams.state-dir");
            assertThat(volumeHolding(container, stateDir)).as("%s: the volume of the Kafka Streams state", stateDir)
                    .isEqualTo(STATE_VOLUME);
            if (manifests.all().stream().anyMatch(m -> m.kind().equals("StatefulSet") && m.name().equals(service))) {
                assertThat(workload.at("/spec/volumeClaimTemplates/0/metadata/name").asText())
                        .as("a StatefulSet's state outlives its pod").isEqualTo(STATE_VOLUME);
            }
        }
        if (settings.containsProperty("spring.datasource.url")) {
            assertThat(settings.getProperty("spring.datasource.url"))
                    .isEqualTo(manifests.get("ConfigMap", "parley").content().at("/data/DATABASE_URL").asText());
            assertThat(settings.getProperty("spring.datasource.username")).isEqualTo("parley-database/DATABASE_USER");
            assertThat(settings.getProperty("spring.datasource.password"))
                    .isEqualTo("parley-database/DATABASE_PASSWORD");
        }
        if (container.at("/securityContext/readOnlyRootFilesystem").asBoolean()) {
            String tmp = System.getProperty("java.io.tmpdir");
            assertThat(volumeHolding(container, tmp)).as("%s on a volume of the read-only pod", tmp).isNotNull();
        }
    }

    @Test
    void theResponseServiceReachesBrandVoiceThroughItsServiceAndItsNetworkPolicy() {
        JsonNode response = only(workload("response-service").at("/spec/template/spec/containers"));
        String url = ServiceSettings.of("response-service", environment(response))
                .getProperty("parley.brand-voice.url");
        JsonNode brandVoice = manifests.get("Service", "brand-voice-service").content();
        assertThat(url).isEqualTo("http://" + brandVoice.at("/metadata/name").asText());
        JsonNode port = only(brandVoice.at("/spec/ports"));
        assertThat(port.path("port").asInt()).isEqualTo(80);
        assertThat(port.path("targetPort").asText()).isEqualTo(HTTP);

        JsonNode policy = manifests.get("NetworkPolicy", "brand-voice-service").content();
        assertLabelsMatch(policy.at("/spec/podSelector/matchLabels"),
                workload("brand-voice-service").at("/spec/template/metadata/labels"), "the policy's pods");
        JsonNode rule = only(policy.at("/spec/ingress"));
        JsonNode responsePods = workload("response-service").at("/spec/template/metadata/labels");
        assertThat(StreamSupport.stream(rule.path("from").spliterator(), false)
                .map(from -> from.at("/podSelector/matchLabels"))
                .filter(labels -> !labels.isMissingNode())
                .anyMatch(labels -> matches(labels, responsePods)))
                .as("the response service's pods may call brand voice").isTrue();
        assertThat(only(rule.path("ports")).path("port").asText()).isEqualTo(HTTP);
    }

    @Test
    void everyServiceAndDisruptionBudgetSelectsTheWorkloadOfItsName() {
        for (String kind : List.of("Service", "PodDisruptionBudget")) {
            for (Manifests.Manifest manifest : manifests.ofKind(kind)) {
                String workloadName = manifest.content().at("/metadata/labels/app.kubernetes.io~1name").asText();
                JsonNode pod = workload(workloadName).at("/spec/template");
                JsonNode selector = kind.equals("Service") ? manifest.content().at("/spec/selector")
                        : manifest.content().at("/spec/selector/matchLabels");
                assertLabelsMatch(selector, pod.at("/metadata/labels"), manifest.toString());
                if (kind.equals("Service")) {
                    assertThat(only(manifest.content().at("/spec/ports")).path("targetPort").asText())
                            .isEqualTo(HTTP);
                }
            }
        }
        for (Manifests.Manifest deployment : manifests.ofKind("Deployment")) {
            assertThat(deployment.content().at("/spec/replicas").asInt()).as(deployment.toString()).isGreaterThan(1);
            manifests.get("PodDisruptionBudget", deployment.name());
        }
    }

    @Test
    void kafkaKeepsEveryAcceptedWriteThroughTheLossOfOneNode() {
        JsonNode config = kafkaConfig();
        int replication = config.path("default.replication.factor").asInt();
        int minInSync = config.path("min.insync.replicas").asInt();
        assertThat(minInSync).as("an acks=all write is on two nodes at least").isGreaterThanOrEqualTo(2);
        assertThat(replication).as("one node can be down and writes still reach min.insync.replicas")
                .isGreaterThan(minInSync);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(replication);
        assertThat(config.path("transaction.state.log.replication.factor").asInt()).isEqualTo(replication);
        assertThat(config.path("transaction.state.log.min.isr").asInt()).isEqualTo(minInSync);
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        int brokers = manifests.ofKind("KafkaNodePool").stream()
                .filter(pool -> StreamSupport.stream(pool.content().at("/spec/roles").spliterator(), false)
                        .anyMatch(role -> role.asText().equals("broker")))
                .mapToInt(pool -> pool.content().at("/spec/replicas").asInt()).sum();
        assertThat(brokers).isGreaterThanOrEqualTo(replication);
    }

    @Test
    void theReadmeListsEverySecretTheManifestsUseWithItsKeys() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Manifests.Manifest manifest : manifests.all()) {
            for (JsonNode reference : manifest.content().findValues("secretRef")) {
                String secret = reference.path("name").asText();
                assertThat(SECRETS).as("Secret %s in %s", secret, manifest).containsKey(secret);
                assertThat(readme).contains("`" + secret + "`");
                SECRETS.get(secret).forEach(key -> assertThat(readme).as(secret).contains("`" + key + "`"));
            }
        }
    }

    private JsonNode workload(String name) {
        List<Manifests.Manifest> found = manifests.all().stream()
                .filter(m -> Set.of("Deployment", "StatefulSet").contains(m.kind()) && m.name().equals(name))
                .toList();
        assertThat(found).as("the workload %s", name).hasSize(1);
        return found.get(0).content();
    }

    /** The container's environment: its ConfigMaps, its required Secrets' documented keys, its own variables. */
    private Map<String, String> environment(JsonNode container) {
        Map<String, String> environment = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                String name = from.at("/configMapRef/name").asText();
                manifests.get("ConfigMap", name).content().path("data").properties()
                        .forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
            } else {
                String secret = from.at("/secretRef/name").asText();
                assertThat(SECRETS).as("documented Secret").containsKey(secret);
                if (!from.at("/secretRef/optional").asBoolean()) {
                    SECRETS.get(secret).forEach(key -> environment.put(key, secret + "/" + key));
                }
            }
        }
        container.path("env").forEach(e -> environment.put(e.path("name").asText(), e.path("value").asText()));
        return environment;
    }

    private String kafkaBootstrap() {
        Manifests.Manifest kafka = only(manifests.ofKind("Kafka"));
        JsonNode plain = StreamSupport.stream(kafka.content().at("/spec/kafka/listeners").spliterator(), false)
                .filter(listener -> !listener.path("tls").asBoolean()).findFirst().orElseThrow();
        return kafka.name() + "-kafka-bootstrap:" + plain.path("port").asInt();
    }

    private JsonNode kafkaConfig() {
        return only(manifests.ofKind("Kafka")).content().at("/spec/kafka/config");
    }

    private static int httpPort(JsonNode container) {
        return StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(port -> port.path("name").asText().equals(HTTP)).findFirst()
                .orElseThrow(() -> new AssertionError("no port named http")).path("containerPort").asInt();
    }

    /** The name of the volume mounted where {@code path} is (the deepest mount holding it); null when none. */
    private static String volumeHolding(JsonNode container, String path) {
        return StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(mount -> Path.of(path).startsWith(mount.path("mountPath").asText()))
                .max(Comparator.comparingInt(mount -> mount.path("mountPath").asText().length()))
                .map(mount -> mount.path("name").asText()).orElse(null);
    }

    private static void assertLabelsMatch(JsonNode selector, JsonNode labels, String what) {
        assertThat(selector.isEmpty()).as("%s: empty selector", what).isFalse();
        assertThat(matches(selector, labels)).as("%s: %s selects %s", what, selector, labels).isTrue();
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        return selector.properties().stream()
                .allMatch(e -> e.getValue().asText().equals(labels.path(e.getKey()).asText(null)));
    }

    private static <T> T only(Iterable<T> items) {
        List<T> all = StreamSupport.stream(items.spliterator(), false).toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
