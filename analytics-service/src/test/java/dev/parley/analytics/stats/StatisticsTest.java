package dev.parley.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against values worked out by hand from the textbook formulas (no continuity corrections). */
class StatisticsTest {

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

    @Test
    void chiSquareOfATwoByTwoTable() {
        Tests.Result r = Tests.chiSquare(new long[][] {{10, 20}, {30, 40}});

        assertThat(r.statistic()).isCloseTo(0.7937, within(1e-4));
        assertThat(r.pValue()).isCloseTo(0.3730, within(1e-4));
    }

    @Test
    void chiSquareIgnoresAnEmptyClass() {
        Tests.Result r = Tests.chiSquare(new long[][] {{10, 0, 20}, {30, 0, 40}});

        assertThat(r.statistic()).isCloseTo(0.7937, within(1e-4));
    }

    @Test
    void mannWhitneyOfTwoSeparatedSamples() {
        Tests.Result r = Tests.mannWhitney(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});

        assertThat(r.statistic()).isEqualTo(25.0);
        assertThat(r.pValue()).isCloseTo(0.00902, within(1e-4));
    }
}
