package dev.parley.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * A service's settings as Spring resolves them in a pod: the container's environment first (with Spring's
 * environment-variable names, {@code PARLEY_KAFKA_REPLICATION_FACTOR} for {@code parley.kafka.replication-factor}),
 * then the service's {@code application.yml}, then the defaults every service shares.
 */
final class ServiceSettings {
    private static final Path REPOSITORY = Path.of("..");
    private static final Path SHARED_DEFAULTS =
            Path.of("service-support", "src", "main", "resources", "parley-service-defaults.properties");

    private ServiceSettings() {
    }

    static PropertyResolver of(String service, Map<String, String> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource("container environment", new HashMap<>(environment)));
        try {
            Path applicationYml = REPOSITORY.resolve(service).resolve(Path.of("src", "main", "resources",
                    "application.yml"));
            new YamlPropertySourceLoader().load(service + " application.yml", new FileSystemResource(applicationYml))
                    .forEach(sources::addLast);
            sources.addLast(new ResourcePropertySource(new FileSystemResource(REPOSITORY.resolve(SHARED_DEFAULTS))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + service + "'s settings", e);
        }
        sources.addLast(new RandomValuePropertySource());
        sources.addLast(new PropertiesPropertySource("JVM", System.getProperties()));
        return new PropertySourcesPropertyResolver(sources);
    }
}
