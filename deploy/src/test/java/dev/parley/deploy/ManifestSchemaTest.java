package dev.parley.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Every manifest is a valid object of its kind, checked offline: core kinds by Kubernetes' own generated models
 * (unknown fields, missing required fields and wrong types are refused), Strimzi's by its API model (0.51's, the
 * last for Java 17) read with unknown fields refused. Every kustomization names exactly the manifests beside it.
 */
class ManifestSchemaTest {
    /** Strimzi's models keep unknown fields aside (an any-setter); without it they are refused. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                        BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();

    private static final Map<String, Schema> SCHEMAS = Map.of(
            "v1/ConfigMap", V1ConfigMap::fromJson,
            "v1/ServiceAccount", V1ServiceAccount::fromJson,
            "v1/Service", V1Service::fromJson,
            "apps/v1/Deployment", V1Deployment::fromJson,
            "apps/v1/StatefulSet", V1StatefulSet::fromJson,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::fromJson,
            "kafka.strimzi.io/v1/Kafka", json -> strimzi(json, Kafka.class),
            "kafka.strimzi.io/v1/KafkaNodePool", json -> strimzi(json, KafkaNodePool.class));

    @Test
    void everyManifestIsAValidObjectOfItsKind() throws IOException {
        List<Manifests.Manifest> all = Manifests.load().all();
        assertThat(all).isNotEmpty();
        for (Manifests.Manifest manifest : all) {
            Schema schema = SCHEMAS.get(manifest.apiVersion() + "/" + manifest.kind());
            assertThat(schema).as("%s: no schema known for %s %s", manifest.file(), manifest.apiVersion(),
                    manifest.kind()).isNotNull();
            schema.check(manifest.content().toString());
            assertThat(manifest.name()).as("%s has a name", manifest).isNotBlank();
        }
    }

    @Test
    void theCheckRefusesMisspelledAndMissingFields() {
        Manifests manifests = Manifests.load();
        ObjectNode deployment = manifests.get("Deployment", "response-service").content().deepCopy();
        ((ObjectNode) deployment.get("spec")).set("replica", deployment.get("spec").get("replicas"));
        assertThatThrownBy(() -> V1Deployment.fromJson(deployment.toString())).hasMessageContaining("replica");

        ObjectNode deepTypo = manifests.get("Deployment", "response-service").content().deepCopy();
        ((ObjectNode) deepTypo.at("/spec/template/spec/containers/0/readinessProbe/httpGet")).put("paht", "/");
        assertThatThrownBy(() -> V1Deployment.fromJson(deepTypo.toString())).hasMessageContaining("paht");

        ObjectNode noSelector = manifests.get("Deployment", "response-service").content().deepCopy();
        ((ObjectNode) noSelector.get("spec")).remove("selector");
        assertThatThrownBy(() -> V1Deployment.fromJson(noSelector.toString())).hasMessageContaining("selector");

        ObjectNode kafka = manifests.get("Kafka", "parley").content().deepCopy();
        ((ObjectNode) kafka.get("spec").get("kafka")).put("listner", "plain");
        assertThatThrownBy(() -> strimzi(kafka.toString(), Kafka.class)).hasMessageContaining("listner");

        ObjectNode pool = manifests.get("KafkaNodePool", "dual-role").content().deepCopy();
        ((ObjectNode) pool.get("spec").get("resources")).put("request", "1Gi");
        assertThatThrownBy(() -> strimzi(pool.toString(), KafkaNodePool.class)).hasMessageContaining("request");
    }

    @Test
    void everyKustomizationNamesExactlyTheManifestsBesideIt() throws IOException {
        List<Path> kustomizations = Manifests.yamlFiles(Manifests.ROOT).stream()
                .filter(f -> f.getFileName().toString().equals(Manifests.KUSTOMIZATION)).toList();
        assertThat(kustomizations).isNotEmpty();
        for (Path kustomization : kustomizations) {
            JsonNode content = Manifests.YAML.readTree(kustomization.toFile());
            assertThat(content.path("kind").asText()).isEqualTo("Kustomization");
            List<String> listed = StreamSupport.stream(content.path("resources").spliterator(), false)
                    .map(JsonNode::asText).toList();
            try (var beside = Files.list(kustomization.getParent())) {
                List<String> manifests = beside.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".yaml") && !f.equals(Manifests.KUSTOMIZATION)).toList();
                assertThat(listed).as(kustomization.toString()).containsExactlyInAnyOrderElementsOf(manifests);
            }
        }
    }

    private static void strimzi(String json, Class<?> kind) throws IOException {
        STRICT.readValue(json, kind);
    }

    /** Reads a manifest's JSON into its kind's model, or throws saying what is wrong. */
    private interface Schema {
        void check(String json) throws IOException;
    }
}
