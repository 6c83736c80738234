package dev.parley.support.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against values worked out by hand from the textbook formulas (no continuity corrections). */
class ProportionsTest {

    @Test
    void twoProportions() {
        Proportions.Comparison c = Proportions.compare(30, 40, 10, 40);

        assertThat(c.z()).isCloseTo(4.4721, within(1e-4));
        assertThat(c.pValue()).isCloseTo(7.744e-6, within(1e-8));
        assertThat(c.difference()).isCloseTo(0.5, within(1e-12));
        assertThat(c.low()).isCloseTo(0.3102, within(1e-4));
        assertThat(c.high()).isCloseTo(0.6898, within(1e-4));
    }

    @Test
    void equalSharesAreNotDifferent() {
        assertThat(Proportions.compare(5, 10, 50, 100).pValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void wilsonInterval() {
        Proportions.Interval i = Proportions.wilson(8, 10);

        assertThat(i.low()).isCloseTo(0.4902, within(1e-4));
        assertThat(i.high()).isCloseTo(0.9433, within(1e-4));
    }
}
