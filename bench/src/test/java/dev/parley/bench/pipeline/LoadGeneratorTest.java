package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void burstsKeepTheAverageRate() {
        assertThat(LoadGenerator.scheduled(10, 100)).isCloseTo(1_000, within(1e-9));
        assertThat(LoadGenerator.scheduled(30, 2_000)).isCloseTo(60_000, within(1e-6));
    }

    @Test
    void theFirstSecondOfEveryTenIsABurst() {
        double burst = LoadGenerator.scheduled(11, 100) - LoadGenerator.scheduled(10, 100);
        double calm = LoadGenerator.scheduled(12, 100) - LoadGenerator.scheduled(11, 100);
        assertThat(burst).isCloseTo(280, within(1e-9));
        assertThat(calm).isCloseTo(80, within(1e-9));
    }
}
