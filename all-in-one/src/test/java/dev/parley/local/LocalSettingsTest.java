package dev.parley.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSettingsTest {
    private static final Path REPO = Path.of("/repo");

    @Test
    void defaultsAreTheDocumentedPorts() {
        LocalSettings settings = LocalSettings.fromEnvironment(REPO, Map.of());

        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/parley");
        assertThat(settings.url(Service.INGESTION)).isEqualTo("http://127.0.0.1:8081");
        assertThat(settings.url(Service.TRIAGE)).isEqualTo("http://127.0.0.1:8082");
        assertThat(settings.url(Service.RESPONSE)).isEqualTo("http://127.0.0.1:8083");
        assertThat(settings.url(Service.ANALYTICS)).isEqualTo("http://127.0.0.1:8084");
        assertThat(settings.url(Service.BRAND_VOICE)).isEqualTo("http://127.0.0.1:8085");
        assertThat(settings.home()).isEqualTo(REPO.resolve(".parley"));
        assertThat(settings.demoPostsPerSecond()).isEqualTo(2);
    }

    @Test
    void environmentVariablesOverrideDefaults() {
        LocalSettings settings = LocalSettings.fromEnvironment(REPO, Map.of("PARLEY_KAFKA_PORT", "19092",
                "RESPONSE_PORT", "18083", "PARLEY_DEMO_RATE", "0", "PARLEY_HOME", "/tmp/p"));

        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
        assertThat(settings.url(Service.RESPONSE)).isEqualTo("http://127.0.0.1:18083");
        assertThat(settings.demoPostsPerSecond()).isZero();
        assertThat(settings.home()).isEqualTo(Path.of("/tmp/p"));
    }

    @Test
    void theLocalRunStartsQuicklyAndTheSustainedRunUsesTheTieredJitInServicesAndBroker() {
        LocalSettings.JavaOptions quick = LocalSettings.fromEnvironment(REPO, Map.of()).javaOptions();
        LocalSettings.JavaOptions sustained = LocalSettings.JavaOptions.sustained(Map.of());

        assertThat(quick.services()).contains("-XX:TieredStopAtLevel=1", "-Xmx200m");
        assertThat(quick.kafka()).contains("-XX:TieredStopAtLevel=1", "-Xmx512m");
        assertThat(sustained.services()).contains("-Xmx200m").noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        assertThat(sustained.kafka()).contains("-Xmx512m").noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void javaOptionsFromTheEnvironmentReplaceTheDefaults() {
        Map<String, String> env = Map.of("PARLEY_SERVICE_JAVA_OPTS", " -Xmx1g  -XX:+UseG1GC ",
                "PARLEY_KAFKA_JAVA_OPTS", "-Xmx2g");

        for (LocalSettings.JavaOptions options : new LocalSettings.JavaOptions[] {
                LocalSettings.JavaOptions.quickStart(env), LocalSettings.JavaOptions.sustained(env)}) {
            assertThat(options.services()).containsExactly("-Xmx1g", "-XX:+UseG1GC");
            assertThat(options.kafka()).containsExactly("-Xmx2g");
        }
    }

    @Test
    void badValuesAreNamedInTheError() {
        assertThatThrownBy(() -> LocalSettings.fromEnvironment(REPO, Map.of("TRIAGE_PORT", "eighty")))
                .hasMessage("TRIAGE_PORT must be a port number, was 'eighty'");
        assertThatThrownBy(() -> LocalSettings.fromEnvironment(REPO, Map.of("TRIAGE_PORT", "8081")))
                .hasMessageContaining("every port must be different");
        assertThatThrownBy(() -> LocalSettings.fromEnvironment(REPO, Map.of("PARLEY_DEMO_RATE", "-1")))
                .hasMessageContaining("PARLEY_DEMO_RATE must be at least 0");
    }

    @Test
    void serviceNamesMatchTheJarsAndApplicationNames() {
        assertThat(Service.BRAND_VOICE.serviceName()).isEqualTo("brand-voice-service");
        assertThat(Service.BRAND_VOICE.envPrefix()).isEqualTo("BRAND_VOICE");
    }
}
