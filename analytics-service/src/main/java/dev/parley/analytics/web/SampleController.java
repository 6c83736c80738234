package dev.parley.analytics.web;

import dev.parley.analytics.query.PostSampler;
import dev.parley.analytics.sampling.Sample;
import dev.parley.analytics.sampling.Sampler;
import dev.parley.analytics.sampling.SamplingMethod;
import dev.parley.events.WireEnum;
import java.time.Duration;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/samples?brand=&from=&to=&size=50&method=random|stratified|loudest&by=platform&seed=}: posts
 * for quality review, with how representative the sample is of all posts of the period.
 */
@RestController
public class SampleController {
    private final PostSampler sampler;

    public SampleController(PostSampler sampler) {
        this.sampler = sampler;
    }

    @GetMapping("/api/v1/samples")
    public Sample sample(
            @RequestParam String brand,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "random") String method,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) Long seed) {
        Instant end = to != null ? to : Instant.now();
        Instant start = from != null ? from : end.minus(Duration.ofDays(7));
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return sampler.sample(brand, start, end, new Sampler(WireEnum.parse(SamplingMethod.class, method), size, by,
                seed != null ? seed : System.nanoTime()));
    }
}
