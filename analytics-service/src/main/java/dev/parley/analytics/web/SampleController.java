package dev.parley.analytics.web;

import dev.parley.analytics.query.ReviewSamples;
import dev.parley.analytics.sampling.Population;
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
 * {@code GET /api/v1/samples?brand=&of=posts|cases&from=&to=&size=50&method=random|stratified|loudest&by=&seed=}:
 * posts (or cases opened) of the period for quality review, with how representative the sample is of all of them.
 */
@RestController
public class SampleController {
    private final ReviewSamples samples;

    public SampleController(ReviewSamples samples) {
        this.samples = samples;
    }

    @GetMapping("/api/v1/samples")
    public Sample sample(
            @RequestParam String brand,
            @RequestParam(defaultValue = "posts") String of,
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
        Population population = WireEnum.parse(Population.class, of);
        Sampler sampler = new Sampler(population, WireEnum.parse(SamplingMethod.class, method), size, by,
                seed != null ? seed : System.nanoTime());
        return population == Population.POSTS ? samples.posts(brand, start, end, sampler)
                : samples.cases(brand, start, end, sampler);
    }
}
