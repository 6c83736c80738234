package dev.parley.analytics.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SamplerTest {

    /** 10,000 posts: 70% on X, 30% on Facebook; Facebook's are mostly negative and come from loud accounts. */
    private static void feed(Sampler sampler) {
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            boolean facebook = i % 10 < 3;
            boolean negative = facebook ? random.nextDouble() < 0.8 : random.nextDouble() < 0.3;
            sampler.offer(new SampleItem("p" + i, null, "u" + i, facebook ? 50_000 + i : i % 500, "text",
                    Instant.EPOCH.plusSeconds(i), Map.of("platform", facebook ? "facebook" : "x", "channel", "public",
                            "sentiment", negative ? "negative" : "neutral", "topic", "lost-luggage")));
        }
    }

    @Test
    void aRandomSampleMatchesThePopulationAndTheSameSeedDrawsTheSameSample() {
        Sampler first = new Sampler(Population.POSTS, SamplingMethod.RANDOM, 400, null, 42);
        Sampler again = new Sampler(Population.POSTS, SamplingMethod.RANDOM, 400, null, 42);
        feed(first);
        feed(again);

        Sample sample = first.sample();

        assertThat(sample.items()).hasSize(400);
        assertThat(sample.population()).isEqualTo(10_000);
        assertThat(again.sample().items()).isEqualTo(sample.items());
        assertThat(sample.dimensions().get(0).pValue()).isGreaterThan(0.01);
        assertThat(Math.abs(sample.negative().difference())).isLessThan(0.08);
        assertThat(sample.summary()).contains("400 of 10000 posts (random)", "its mix matches all posts");
    }

    @Test
    void aStratifiedSampleTakesEachPlatformInProportion() {
        Sampler sampler = new Sampler(Population.POSTS, SamplingMethod.STRATIFIED, 100, "platform", 7);
        feed(sampler);

        Sample sample = sampler.sample();

        assertThat(sample.items()).hasSize(100);
        assertThat(sample.items().stream().filter(i -> i.dimensions().get("platform").equals("facebook"))).hasSize(30);
        assertThat(sample.dimensions().get(0).pValue()).isEqualTo(1.0);
    }

    @Test
    void theLoudestPostsAreShownAsTheBiasedSampleTheyAre() {
        Sampler sampler = new Sampler(Population.POSTS, SamplingMethod.LOUDEST, 200, null, 1);
        feed(sampler);

        Sample sample = sampler.sample();

        assertThat(sample.items()).allMatch(i -> i.dimensions().get("platform").equals("facebook"));
        assertThat(sample.items().get(0).loudness()).isGreaterThan(sample.items().get(199).loudness());
        assertThat(sample.dimensions().get(0).pValue()).isLessThan(0.001);
        assertThat(sample.negative().difference()).isGreaterThan(0.2);
        assertThat(sample.summary()).contains("not a random sample", "platform", "sentiment");
    }
}
