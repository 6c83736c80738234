package dev.parley.support.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.DefaultExports;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Metrics go through the Prometheus simpleclient's default registry, where the JVM collectors and every
 * Parley counter register, and are served by {@link PrometheusSimpleclientEndpoint}.
 */
@AutoConfiguration
public class MetricsAutoConfiguration {

    @Bean
    CollectorRegistry prometheusRegistry() {
        DefaultExports.initialize();
        return CollectorRegistry.defaultRegistry;
    }

    @Bean
    PrometheusSimpleclientEndpoint prometheusSimpleclientEndpoint(CollectorRegistry registry) {
        return new PrometheusSimpleclientEndpoint(registry);
    }
}
