package dev.parley.analytics.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {
    private static final Map<String, String> ACME = Map.of("brand", "acme-air");

    private static KpiAggregate of(Kpi kpi, double... values) {
        KpiAggregate a = KpiAggregate.empty();
        for (double v : values) {
            a = a.add(kpi, v);
        }
        return a;
    }

    private static KpiAggregate hits(Kpi kpi, int hits, int n) {
        KpiAggregate a = KpiAggregate.empty();
        for (int i = 0; i < n; i++) {
            a = a.add(kpi, i < hits ? 1 : 0);
        }
        return a;
    }

    private static KpiAggregate count(int n) {
        return hits(Kpi.POST_VOLUME, n, n);
    }

    @Test
    void aRiseInVolumeOnEnoughPostsIsSignificant() {
        Trend t = Trends.compare("post_volume", ACME, count(100), count(145), 30);

        // z = 45 / sqrt(245) = 2.875, p = 0.0040
        assertThat(t.pValue()).isCloseTo(0.0040, within(1e-4));
        assertThat(t.relativeChange()).isCloseTo(0.45, within(1e-9));
        assertThat(t.direction()).isEqualTo("up");
        assertThat(t.test()).isEqualTo("poisson-rate");
    }

    @Test
    void aFortyPercentRiseOnFivePostsIsNotClaimed() {
        Trend t = Trends.compare("post_volume", ACME, count(5), count(7), 30);

        assertThat(t.relativeChange()).isCloseTo(0.4, within(1e-9));
        assertThat(t.enoughData()).isFalse();
        assertThat(t.significant()).isFalse();
        assertThat(t.direction()).isEqualTo("flat");
    }

    @Test
    void sharesUseTheTwoProportionTestWithItsInterval() {
        Trend t = Trends.compare("negative_share", ACME, hits(Kpi.NEGATIVE_SHARE, 10, 40),
                hits(Kpi.NEGATIVE_SHARE, 30, 40), 30);

        assertThat(t.change()).isCloseTo(0.5, within(1e-9));
        assertThat(t.pValue()).isCloseTo(7.744e-6, within(1e-8));
        assertThat(t.low()).isCloseTo(0.3102, within(1e-4));
        assertThat(t.significant()).isTrue();
    }

    @Test
    void meansUseWelchsT() {
        // Welch: means 3 and 4, variances 2.5 and 2.5, n 5 and 5: t = 1, df = 8, p = 0.3466.
        Trend t = Trends.compare("csat_score", ACME, of(Kpi.CSAT_SCORE, 1, 2, 3, 4, 5),
                of(Kpi.CSAT_SCORE, 2, 3, 4, 5, 6), 5);

        assertThat(t.change()).isCloseTo(1.0, within(1e-9));
        assertThat(t.pValue()).isCloseTo(0.3466, within(1e-4));
        assertThat(t.test()).isEqualTo("welch-t");
        assertThat(t.significant()).isFalse();
    }

    @Test
    void durationsUseMannWhitneyOnTheirDistributions() {
        Trend t = Trends.compare("first_response_time_p50", ACME, of(Kpi.FIRST_RESPONSE_TIME, 1, 2, 3, 4, 5),
                of(Kpi.FIRST_RESPONSE_TIME, 6, 7, 8, 9, 10), 5);

        assertThat(t.previous()).isEqualTo(3.0);
        assertThat(t.current()).isEqualTo(8.0);
        assertThat(t.pValue()).isCloseTo(0.00902, within(1e-4));
        assertThat(t.direction()).isEqualTo("up");
    }

    @Test
    void npsComparesScores() {
        KpiAggregate before = of(Kpi.NPS, 10, 10, 9, 5, 3, 8, 7, 10, 2, 9);
        KpiAggregate after = of(Kpi.NPS, 10, 10, 10, 9, 9, 9, 8, 10, 10, 9);

        Trend t = Trends.compare("nps", ACME, before, after, 5);

        assertThat(t.previous()).isCloseTo(20.0, within(1e-9));
        assertThat(t.current()).isCloseTo(90.0, within(1e-9));
        assertThat(t.test()).isEqualTo("nps-z");
        assertThat(t.pValue()).isLessThan(0.05);
    }
}
