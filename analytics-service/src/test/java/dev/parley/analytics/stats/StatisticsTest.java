package dev.parley.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against values worked out by hand from the textbook formulas (no continuity corrections). */
class StatisticsTest {

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
