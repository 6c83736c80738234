package dev.parley.support.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/** {@code GET /actuator/prometheus}: every metric in the simpleclient registry, in Prometheus text format 0.0.4. */
@WebEndpoint(id = "prometheus")
public class PrometheusSimpleclientEndpoint {
    private final CollectorRegistry registry;

    public PrometheusSimpleclientEndpoint(CollectorRegistry registry) {
        this.registry = registry;
    }

    @ReadOperation(produces = TextFormat.CONTENT_TYPE_004)
    public String scrape() {
        StringWriter out = new StringWriter();
        try {
            TextFormat.write004(out, registry.metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
